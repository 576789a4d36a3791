using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Core.Tests.Support;

namespace MediaJobs.Core.Tests.Engine;

[Trait("Tier", "Fast")]
public sealed class JobEngineTests : EngineTestBase
{
    private static Task Ok(Core.Pipelines.StepContext _, CancellationToken __) => Task.CompletedTask;

    [Fact]
    public async Task Run_ThreeSteps_SucceedsWithStepsInOrderAndIncreasingEventIds()
    {
        var pipeline = new ScriptedPipeline("t", ("a", Ok), ("b", Ok), ("c", Ok));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.All(done.Steps, s => Assert.Equal(StepStatus.Succeeded, s.Status));
        Assert.Equal(100, done.ProgressPct);
        Assert.NotNull(done.EndedUtc);
        var events = await h.EventsAsync(job.Id);
        Assert.Equal(events.Select(e => e.Id).Order(), events.Select(e => e.Id));
        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
        var stepOrder = events.Where(e => e.Type == JobEventTypes.StepStatus && (string?)e.Payload["status"] == "Running")
            .Select(e => (string?)e.Payload["step"]);
        Assert.Equal(["a", "b", "c"], stepOrder);
        Assert.Equal(JobEventTypes.JobCompleted, events[^1].Type);
        Assert.Equal(job.CorrelationId, (string?)events[^1].Payload["correlationId"]);
    }

    [Fact]
    public async Task Run_PermanentError_FailsJobWithCodeAndSkipsLaterSteps()
    {
        var pipeline = new ScriptedPipeline("t",
            ("a", Ok),
            ("b", (_, _) => throw new MediaJobsException(new JobError("MissingApiKey:X", "no key", "add X"))),
            ("c", Ok));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Equal(0, pipeline.RunsOf("c"));
        Assert.Equal(StepStatus.Failed, failed.FindStep("b")!.Status);
        Assert.Equal(StepStatus.Pending, failed.FindStep("c")!.Status);
        var error = Assert.Single(failed.Errors);
        Assert.Equal("MissingApiKey:X", error.Code);
        Assert.Equal("add X", error.Remediation);
        var events = await h.EventsAsync(job.Id);
        Assert.Contains(events, e => e.Type == JobEventTypes.StepError && (string?)e.Payload["code"] == "MissingApiKey:X");
        Assert.Equal(JobEventTypes.JobFailed, events[^1].Type);
    }

    [Fact]
    public async Task Retry_AfterFailure_ResumesAtFailedStepWithoutRerunningEarlierOnes()
    {
        var failOnce = true;
        var pipeline = new ScriptedPipeline("t",
            ("script", Ok),
            ("narration", (_, _) => failOnce ? throw new MediaJobsException(new JobError("Boom", "boom")) : Task.CompletedTask),
            ("mux", Ok));
        var h = await StartAsync(pipeline);
        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        failOnce = false;
        var outcome = await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(RetryResult.Queued, outcome.Result);
        Assert.Equal(1, pipeline.RunsOf("script"));
        Assert.Equal(2, pipeline.RunsOf("narration"));
        Assert.Equal(2, done.Attempt);
        Assert.Empty(done.Errors);
    }

    [Fact]
    public async Task Retry_OfSucceededJob_IsRefused()
    {
        var h = await StartAsync(new ScriptedPipeline("t", ("a", Ok)));
        var job = await h.SubmitAsync("t");
        await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        var outcome = await h.Service.RetryAsync(job.Id, null, CancellationToken.None);

        Assert.Equal(RetryResult.NotRetryable, outcome.Result);
    }

    [Fact]
    public async Task Run_TransientErrorThenSuccess_RetriesAutomatically()
    {
        var calls = 0;
        var pipeline = new ScriptedPipeline("t",
            ("a", (_, _) => Interlocked.Increment(ref calls) == 1 ? throw new TransientJobException(new JobError("Busy", "provider busy")) : Task.CompletedTask));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded);

        Assert.Equal(2, calls);
        Assert.Equal(2, done.Attempt);
        var events = await h.EventsAsync(job.Id);
        Assert.Contains(events, e => e.Type == JobEventTypes.StepError && (string?)e.Payload["code"] == "Busy");
    }

    [Fact]
    public async Task Run_TransientErrorEveryTime_FailsAfterMaxAttempts()
    {
        var pipeline = new ScriptedPipeline("t", ("a", (_, _) => throw new TransientJobException(new JobError("Busy", "provider busy"))));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Equal(h.Options.MaxAttempts, pipeline.RunsOf("a"));
        Assert.Equal(h.Options.MaxAttempts, failed.Attempt);
    }

    [Fact]
    public async Task Run_UnexpectedException_FailsWithInternalErrorNotCrash()
    {
        var h = await StartAsync(new ScriptedPipeline("t", ("a", (_, _) => throw new InvalidOperationException("bug"))));

        var job = await h.SubmitAsync("t");
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed);

        Assert.Equal("InternalError", Assert.Single(failed.Errors).Code);
        Assert.Contains("bug", failed.Errors[0].Message);
    }

    [Fact]
    public async Task Run_StepThrowsSkip_EndsSkippedWithReason()
    {
        var pipeline = new ScriptedPipeline("t", ("probe", (_, _) => throw new SkipJobException("already HEVC")), ("encode", Ok));
        var h = await StartAsync(pipeline);

        var job = await h.SubmitAsync("t");
        var skipped = await h.WaitForStatusAsync(job.Id, JobStatus.Skipped);

        Assert.Equal("already HEVC", skipped.Message);
        Assert.Equal(0, pipeline.RunsOf("encode"));
        Assert.All(skipped.Steps, s => Assert.Equal(StepStatus.Skipped, s.Status));
    }
}
