using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// Issue 23: a job is failed <c>CrashLoop</c> only on evidence against it: crashes of its worker while it ran alone.
/// Crashes it shared with other jobs do not count, and after any crash it runs alone, so its next crash is its own.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineCrashAccountingTests : EngineTestBase
{
    /// <summary>
    /// Writes what a worker no engine runs leaves when it dies holding <paramref name="jobIds"/>. The leases run out a
    /// little later, so the engine's rescue sees every job that worker held at once.
    /// </summary>
    private static async Task DieHoldingAsync(EngineHarness h, string worker, params string[] jobIds)
    {
        var now = DateTimeOffset.UtcNow;
        var before = h.Store.Feed.LastPublishedId;
        foreach (var id in jobIds)
        {
            var job = (await h.Store.GetAsync(id, CancellationToken.None))!;
            var version = job.Version;
            job.Attempt++;
            job.LeaseOwner = worker;
            job.LeaseExpiresUtc = now.AddMilliseconds(300);
            var events = JobTransitions.Started(job, now).Concat(JobTransitions.StepStarted(job, job.Steps[0], now)).ToList();
            Assert.True((await h.Store.CommitAsync(new JobCommit(job, version, events), CancellationToken.None)).Committed);
        }
        foreach (var id in jobIds)
        {
            // The rescue's own status event: Queued (requeued) or Failed (CrashLoop), not the Running written above.
            await h.WaitForEventAsync(id, e => e.Id > before && (e.Type == Events.JobEventTypes.JobFailed
                || e.Type == Events.JobEventTypes.JobStatus && e.Payload["status"]?.GetValue<string>() == "Queued"));
        }
    }

    [Fact]
    public async Task Rescue_CrashesSharedWithOtherJobs_NeverFailTheJob()
    {
        var h = await CreateAsync(o => o.MaxRescues = 1, new ScriptedPipeline("t", ("work", (_, _) => Task.CompletedTask)));
        await h.Service.PauseAsync(CancellationToken.None);
        var suspect = await h.SubmitAsync("t");
        var bystander = await h.SubmitAsync("t");
        await h.StartAsync();

        for (var crash = 0; crash < 4; crash++)
        {
            await DieHoldingAsync(h, $"other-node/dead-{crash}", suspect.Id, bystander.Id);
            await h.WaitForStatusAsync(suspect.Id, JobStatus.Queued);
            await h.WaitForStatusAsync(bystander.Id, JobStatus.Queued);
        }

        foreach (var id in new[] { suspect.Id, bystander.Id })
        {
            var job = (await h.Store.GetAsync(id, CancellationToken.None))!;
            Assert.Equal(JobStatus.Queued, job.Status);
            Assert.Empty(job.Errors);
            Assert.Equal(4, job.Warnings.Count(w => w.Code == JobEngine.WorkerLostCode));
        }
    }

    [Fact]
    public async Task Rescue_SoloCrashesBeyondMaxRescues_FailCrashLoopWhileSharedOnesDoNotCount()
    {
        var pipeline = new ScriptedPipeline("t", ("work", (_, _) => Task.CompletedTask));
        var h = await CreateAsync(o => o.MaxRescues = 1, pipeline);
        await h.Service.PauseAsync(CancellationToken.None);
        var job = await h.SubmitAsync("t");
        var other = await h.SubmitAsync("t");
        await h.StartAsync();

        await DieHoldingAsync(h, "other-node/dead-1", job.Id, other.Id);
        await h.WaitForStatusAsync(job.Id, JobStatus.Queued);
        await DieHoldingAsync(h, "other-node/dead-2", job.Id);
        var afterFirstSolo = await h.WaitForStatusAsync(job.Id, JobStatus.Queued);
        await DieHoldingAsync(h, "other-node/dead-3", job.Id);
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Empty(afterFirstSolo.Errors);
        Assert.Equal("CrashLoop", Assert.Single(failed.Errors).Code);
        Assert.Contains("2 times", failed.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(0, pipeline.RunsOf("work"));
        Assert.Equal(JobStatus.Queued, (await h.Store.GetAsync(other.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Claim_RescuedJob_RunsOnlyOnceNothingElseRunsOnTheNode()
    {
        var releaseOther = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var otherDone = false;
        bool? otherDoneWhenSuspectStarted = null;
        var pipeline = new ScriptedPipeline("t", ("work", async (context, ct) =>
        {
            if (context.Job.Input["role"]?.GetValue<string>() == "other")
            {
                otherStarted.TrySetResult();
                await releaseOther.Task.WaitAsync(ct);
                otherDone = true;
            }
            else
            {
                otherDoneWhenSuspectStarted = otherDone;
            }
        }
        ));
        var h = await CreateAsync(o => o.DefaultConcurrency = 2, pipeline);
        await h.Service.PauseAsync(CancellationToken.None);
        var suspect = await h.SubmitAsync(new Core.Pipelines.JobSubmission { Type = "t", Input = new() { ["role"] = "suspect" } });
        await h.StartAsync();
        await DieHoldingAsync(h, "other-node/dead", suspect.Id);
        await h.WaitForStatusAsync(suspect.Id, JobStatus.Queued);
        var other = await h.SubmitAsync(new Core.Pipelines.JobSubmission { Type = "t", Input = new() { ["role"] = "other" }, Priority = 10 });

        await h.Service.ResumeAsync(CancellationToken.None);
        await otherStarted.Task.WaitAsync(TimeSpan.FromSeconds(20));
        // Claimed beside the running job (two slots), but held back until that one has finished.
        await h.WaitForStatusAsync(suspect.Id, JobStatus.Running);
        releaseOther.SetResult();
        await h.WaitForStatusAsync(other.Id, JobStatus.Succeeded);
        await h.WaitForStatusAsync(suspect.Id, JobStatus.Succeeded);

        Assert.True(otherDoneWhenSuspectStarted, "the rescued job ran beside another job");
    }
}
