using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>
/// Crash recovery without killing the test process: a "dead worker" is a claim made straight on
/// the store by a worker id that no engine runs, leaving the job Running mid-way.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class JobEngineRecoveryTests : EngineTestBase
{

    private static ScriptedPipeline ThreeSteps() => new("t",
        ("a", (_, _) => Task.CompletedTask),
        ("b", (_, _) => Task.CompletedTask),
        ("c", (_, _) => Task.CompletedTask));

    /// <summary>Claims the job as <paramref name="deadWorker"/> and leaves it with step a done and b running.</summary>
    private static async Task LeaveHalfDoneAsync(EngineHarness h, string jobId, string deadWorker, DateTimeOffset leaseUntil)
    {
        var now = DateTimeOffset.UtcNow;
        var claimed = Assert.Single(await h.Store.ClaimAsync(new ClaimRequest(deadWorker, "t", 1, now, leaseUntil), CancellationToken.None));
        Assert.Equal(jobId, claimed.Id);
        var events = new List<NewJobEvent>();
        events.AddRange(JobTransitions.Started(claimed, now));
        events.AddRange(JobTransitions.StepStarted(claimed, claimed.Steps[0], now));
        events.AddRange(JobTransitions.StepSucceeded(claimed, claimed.Steps[0], now));
        events.AddRange(JobTransitions.StepStarted(claimed, claimed.Steps[1], now));
        Assert.True((await h.Store.CommitAsync(new JobCommit(claimed, claimed.Version, events), CancellationToken.None)).Committed);
    }

    [Fact]
    public async Task Start_JobHeldByEarlierProcessOfSameNode_ResumesAtFirstUnfinishedStep()
    {
        var pipeline = ThreeSteps();
        var h = await CreateAsync(null, pipeline);
        var job = await h.SubmitAsync("t");
        // Lease still valid for an hour: only the node name says its holder is gone.
        await LeaveHalfDoneAsync(h, job.Id, "test-node/previous-process", DateTimeOffset.UtcNow.AddHours(1));
        var before = (await h.EventsAsync(job.Id))[^1].Id;

        await h.StartAsync();
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(0, pipeline.RunsOf("a"));
        Assert.Equal(1, pipeline.RunsOf("b"));
        Assert.Equal(1, pipeline.RunsOf("c"));
        // The rescue gave the dead run's attempt back (issue 10, finding 10): one attempt, the run that finished.
        Assert.Equal(1, done.Attempt);
        var events = await h.EventsAsync(job.Id);
        Assert.All(events.Where(e => e.Id > before), e => Assert.NotEqual("a", (string?)e.Payload["step"]));
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));
    }

    [Fact]
    public async Task Start_JobOfOtherNodeWithLiveLease_IsLeftAlone()
    {
        var pipeline = ThreeSteps();
        var h = await CreateAsync(null, pipeline);
        var job = await h.SubmitAsync("t");
        await LeaveHalfDoneAsync(h, job.Id, "other-node/alive", DateTimeOffset.UtcNow.AddHours(1));

        await h.StartAsync();
        var marker = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(marker.Id, JobStatus.Succeeded);

        var untouched = await h.Store.GetAsync(job.Id, CancellationToken.None);
        Assert.Equal(JobStatus.Running, untouched!.Status);
        Assert.Equal("other-node/alive", untouched.LeaseOwner);
    }

    [Fact]
    public async Task Heartbeat_JobOfOtherNodeWhoseLeaseExpired_IsRequeuedAndFinished()
    {
        var pipeline = ThreeSteps();
        var h = await CreateAsync(null, pipeline);
        var job = await h.SubmitAsync("t");
        await LeaveHalfDoneAsync(h, job.Id, "other-node/dead", DateTimeOffset.UtcNow.AddMilliseconds(300));

        await h.StartAsync();
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(0, pipeline.RunsOf("a"));
        Assert.Equal(1, pipeline.RunsOf("b"));
        // Each step names the node that ran it: a on the dead node, the resumed b and c here.
        Assert.Equal(["other-node", "test-node", "test-node"], done.Steps.Select(s => s.Node));
    }

    [Fact]
    public async Task HalfDoneJob_StepsNotStartedYet_NameNoNode()
    {
        var h = await CreateAsync(null, ThreeSteps());
        var job = await h.SubmitAsync("t");

        await LeaveHalfDoneAsync(h, job.Id, "other-node/alive", DateTimeOffset.UtcNow.AddHours(1));

        var stored = await h.Store.GetAsync(job.Id, CancellationToken.None);
        Assert.Equal(["other-node", "other-node", null], stored!.Steps.Select(s => s.Node));
    }

    [Fact]
    public async Task Restart_QueuedJobsAndPausedQueue_SurviveTheRestart()
    {
        var pipeline = ThreeSteps();
        var first = await EngineHarness.CreateAsync(null, pipeline);
        await first.Service.PauseAsync(CancellationToken.None);
        var job = await first.SubmitAsync("t");
        var root = first.Root;
        await first.DisposeAsync();

        var second = Track(await EngineHarness.CreateAtAsync(root, null, pipeline));
        await second.StartAsync();
        Assert.True(second.Service.IsPaused);
        Assert.Equal(JobStatus.Queued, (await second.Store.GetAsync(job.Id, CancellationToken.None))!.Status);

        await second.Service.ResumeAsync(CancellationToken.None);
        await second.WaitForStatusAsync(job.Id, JobStatus.Succeeded);
    }
}
