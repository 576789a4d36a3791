using System.Collections.Concurrent;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// <see cref="Core.Pipelines.IJobCleanup"/>: every way a job stops for good reaches its pipeline's clean-up, including the
/// ways that never run a step (cancel or clear while queued) and a crash between the final status and the clean-up.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineCleanupTests : EngineTestBase
{
    private readonly ConcurrentQueue<string> _log = new();
    private EngineHarness? _h;

    /// <summary>A pipeline whose clean-up records the status the store holds at that moment ("deleted" once gone).</summary>
    private CleaningPipeline Pipeline(Func<StepContext, CancellationToken, Task>? body = null, bool fails = false) =>
        new(new ScriptedPipeline("t", ("only", body ?? ((ctx, _) =>
        {
            _log.Enqueue("run:" + ctx.Job.Id);
            return Task.CompletedTask;
        }))), _log, StoredStatusAsync)
        { Fails = fails };

    private async Task<string> StoredStatusAsync(Job job) =>
        (await _h!.Store.GetAsync(job.Id, CancellationToken.None))?.Status.ToString() ?? "deleted";

    private async Task<EngineHarness> CreateAsync(params IJobPipeline[] pipelines) =>
        _h = Track(await EngineHarness.CreateAsync(null, pipelines));

    /// <summary>Leaves a file in the job's work folder, as a run cut short by a crash would.</summary>
    private static string LeaveWorkFile(EngineHarness h, string jobId)
    {
        var work = Directory.CreateDirectory(h.Layout.WorkDirectory(jobId)).FullName;
        File.WriteAllText(Path.Combine(work, "partial.tmp"), "half");
        return work;
    }

    [Fact]
    public async Task Cancel_QueuedJob_CleansUpOnceAfterCancelledIsStored()
    {
        var pipeline = Pipeline();
        var h = await CreateAsync(pipeline); // not started: the job stays queued
        var job = await h.SubmitAsync("t");
        var work = LeaveWorkFile(h, job.Id);

        var outcome = await h.Service.CancelAsync(job.Id, null, CancellationToken.None);

        Assert.Equal(CancelResult.Cancelled, outcome.Result);
        Assert.Equal([$"clean:{job.Id}:Cancelled:Cancelled"], pipeline.CallsFor(job.Id));
        Assert.False(Directory.Exists(work));
    }

    [Fact]
    public async Task Clear_QueuedJob_CleansUpAfterItIsDeleted()
    {
        var pipeline = Pipeline();
        var plain = new ScriptedPipeline("plain", ("only", (_, _) => Task.CompletedTask));
        var h = await CreateAsync(pipeline, plain);
        var cleaned = await h.SubmitAsync("t");
        var other = await h.SubmitAsync("plain");
        var cleanedWork = LeaveWorkFile(h, cleaned.Id);
        var otherWork = LeaveWorkFile(h, other.Id);

        var removed = await h.Service.ClearAsync([JobStatus.Queued], null, null, CancellationToken.None);

        Assert.Equal([cleaned.Id, other.Id], removed.Order(StringComparer.Ordinal));
        Assert.Equal([$"clean:{cleaned.Id}:Queued:deleted"], pipeline.CallsFor(cleaned.Id));
        Assert.False(Directory.Exists(cleanedWork));
        Assert.False(Directory.Exists(otherWork));
    }

    [Fact]
    public async Task Clear_OnlyOtherTypes_LeavesThisTypeAlone()
    {
        var pipeline = Pipeline();
        var h = await CreateAsync(pipeline, new ScriptedPipeline("plain", ("only", (_, _) => Task.CompletedTask)));
        var job = await h.SubmitAsync("t");

        var removed = await h.Service.ClearAsync([JobStatus.Queued], null, ["plain"], CancellationToken.None);

        Assert.Empty(removed);
        Assert.Empty(pipeline.Log);
        Assert.Equal(JobStatus.Queued, (await h.Store.GetAsync(job.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Start_FinalJobWhoseCleanUpACrashCutShort_IsCleanedUpBeforeAnyJobRuns()
    {
        var pipeline = Pipeline();
        var h = await CreateAsync(pipeline);
        var crashed = await h.SubmitAsync("t");
        // The cancel's commit landed, then the process died before its clean-up.
        var events = JobTransitions.Cancelled(crashed, null, DateTimeOffset.UtcNow);
        Assert.True((await h.Store.CommitAsync(new JobCommit(crashed, crashed.Version, events), CancellationToken.None)).Committed);
        var work = LeaveWorkFile(h, crashed.Id);
        var queued = await h.SubmitAsync("t");

        await h.StartAsync();
        await h.WaitForStatusAsync(queued.Id, JobStatus.Succeeded);

        Assert.Equal(
            [$"clean:{crashed.Id}:Cancelled:Cancelled", "run:" + queued.Id, $"clean:{queued.Id}:Running:Running"],
            _log);
        Assert.False(Directory.Exists(work));
    }

    public static TheoryData<string, JobStatus> Endings => new()
    {
        { "succeed", JobStatus.Succeeded },
        { "fail", JobStatus.Failed },
        { "skip", JobStatus.Skipped },
    };

    [Theory]
    [MemberData(nameof(Endings))]
    public async Task Run_AnyEnding_CleansUpBeforeTheFinalStatusIsStored(string ending, JobStatus expected)
    {
        var pipeline = Pipeline((_, _) => ending switch
        {
            "fail" => throw new MediaJobsException(new JobError("Broken", "broken", "fix it")),
            "skip" => throw new SkipJobException("nothing to do"),
            _ => Task.CompletedTask,
        });
        var h = await CreateAsync(pipeline);
        await h.StartAsync();

        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, expected);

        // The engine passes its in-memory job, still Running; the store still says Running too.
        Assert.Equal([$"clean:{job.Id}:Running:Running"], pipeline.CallsFor(job.Id));
    }

    [Fact]
    public async Task CleanUp_ThatThrows_DoesNotKeepJobsFromTheirStatus()
    {
        var pipeline = Pipeline(fails: true);
        var h = await CreateAsync(pipeline);
        var queued = await h.SubmitAsync("t");

        var outcome = await h.Service.CancelAsync(queued.Id, null, CancellationToken.None);
        await h.StartAsync();
        var ran = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(ran.Id, JobStatus.Succeeded);

        Assert.Equal(CancelResult.Cancelled, outcome.Result);
        Assert.NotEmpty(pipeline.CallsFor(queued.Id));
        Assert.Single(pipeline.CallsFor(ran.Id));
    }
}
