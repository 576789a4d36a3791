using MediaJobs.Core.Engine;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// Issue 10, finding 10: a rescue (the worker died) is not one of the job's attempts, so repeated crashes neither
/// push <c>attempt</c> past <c>maxAttempts</c> nor use up the job's retries; a job that keeps killing its worker
/// fails <c>CrashLoop</c> after <see cref="EngineOptions.MaxRescues"/> rescues.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineRescueTests : EngineTestBase
{
    /// <summary>
    /// Writes what a claim by a worker no engine runs would leave, its lease already run out: a dead worker. Written as a
    /// commit, so it works while the queue is paused (which keeps the live engine from running the job in between).
    /// </summary>
    private static async Task DieWhileRunningAsync(EngineHarness h, string jobId)
    {
        var now = DateTimeOffset.UtcNow;
        var job = (await h.Store.GetAsync(jobId, CancellationToken.None))!;
        var version = job.Version;
        job.Attempt++;
        job.LeaseOwner = "other-node/dead";
        job.LeaseExpiresUtc = now.AddSeconds(-1);
        var events = JobTransitions.Started(job, now).Concat(JobTransitions.StepStarted(job, job.Steps[0], now)).ToList();
        Assert.True((await h.Store.CommitAsync(new JobCommit(job, version, events), CancellationToken.None)).Committed);
    }

    [Fact]
    public async Task SevenCrashes_ThenTransientFailures_AttemptCountsOnlyTheJobsOwnRuns()
    {
        var runs = 0;
        var pipeline = new ScriptedPipeline("t", ("work", (_, _) =>
            ++runs < 3 ? throw new TransientJobException(new JobError("Busy", "busy", "wait")) : Task.CompletedTask));
        var h = await CreateAsync(o => o.MaxRescues = 10, pipeline);
        await h.Service.PauseAsync(CancellationToken.None);
        var job = await h.SubmitAsync(new Core.Pipelines.JobSubmission { Type = "t", MaxAttempts = 3 });

        await h.StartAsync();
        for (var crash = 0; crash < 7; crash++)
        {
            await DieWhileRunningAsync(h, job.Id);
            await h.WaitForStatusAsync(job.Id, JobStatus.Queued);
        }
        await h.Service.ResumeAsync(CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(3, done.Attempt);
        Assert.Equal(3, done.MaxAttempts);
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task WorkerDiesMoreOftenThanMaxRescues_JobFailsCrashLoop()
    {
        var pipeline = new ScriptedPipeline("t", ("work", (_, _) => Task.CompletedTask));
        var h = await CreateAsync(o => o.MaxRescues = 2, pipeline);
        await h.Service.PauseAsync(CancellationToken.None);
        var job = await h.SubmitAsync("t");
        await h.StartAsync();

        for (var crash = 0; crash < 2; crash++)
        {
            await DieWhileRunningAsync(h, job.Id);
            await h.WaitForStatusAsync(job.Id, JobStatus.Queued);
        }
        await DieWhileRunningAsync(h, job.Id);
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Equal("CrashLoop", Assert.Single(failed.Errors).Code);
        Assert.Equal(0, pipeline.RunsOf("work"));
    }
}
