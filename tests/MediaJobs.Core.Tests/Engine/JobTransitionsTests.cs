using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Tests.Engine;

/// <summary>Every status change in one place: what each transition does to the job and which events explain it.</summary>
[Trait("Tier", "Fast")]
public sealed class JobTransitionsTests
{
    private static readonly DateTimeOffset T0 = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static Job NewJob(params string[] steps) => new()
    {
        Id = "job-1",
        Type = "t",
        CorrelationId = "corr-1",
        Attempt = 1,
        Steps = [.. steps.Select(name => new StepRecord { Name = name })],
    };

    [Fact]
    public void StepStarted_NamesTheLeaseOwnersNode_ARestartOnAnotherNodeRenamesIt()
    {
        var job = NewJob("a");
        job.LeaseOwner = "node-a/0f3c";
        JobTransitions.StepStarted(job, job.Steps[0], T0);
        var first = job.Steps[0].Node;

        job.LeaseOwner = "node-b/77aa";
        JobTransitions.StepStarted(job, job.Steps[0], T0);

        Assert.Equal("node-a", first);
        Assert.Equal("node-b", job.Steps[0].Node);
    }

    [Theory]
    [InlineData("node-a/0f3c", "node-a")]
    [InlineData("rack/1/node/0f3c", "rack/1/node")]
    [InlineData("plain", "plain")]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void NodeOfWorker_IsTheLeaseOwnerBeforeItsProcessId(string? worker, string? node) =>
        Assert.Equal(node, JobTransitions.NodeOfWorker(worker));

    [Fact]
    public void Started_StepLeftRunningByADeadWorker_GoesBackToPendingAndTheJobRuns()
    {
        var job = NewJob("a", "b");
        job.Steps[0].Status = StepStatus.Succeeded;
        job.Steps[1].Status = StepStatus.Running;
        job.Steps[1].ProgressPct = 40;

        var events = JobTransitions.Started(job, T0);

        Assert.Equal(JobStatus.Running, job.Status);
        Assert.Equal(StepStatus.Pending, job.Steps[1].Status);
        Assert.Equal(0, job.Steps[1].ProgressPct);
        Assert.Equal(StepStatus.Succeeded, job.Steps[0].Status);
        Assert.Equal(50, job.ProgressPct);
        Assert.Equal(T0, job.StartedUtc);
        var e = Assert.Single(events);
        Assert.Equal(JobEventTypes.JobStatus, e.Type);
        Assert.Equal("Running", (string?)e.Payload["status"]);
        Assert.Equal("corr-1", (string?)e.Payload["correlationId"]);
    }

    [Fact]
    public void StepProgress_OutOfRange_IsClampedAndTheJobCountsTheRunningStepByItsPercent()
    {
        var job = NewJob("a", "b");
        job.Steps[0].Status = StepStatus.Succeeded;
        job.Steps[1].Status = StepStatus.Running;
        job.Steps[1].StartedAt = T0;

        JobTransitions.StepProgress(job, job.Steps[1], 50, T0.AddSeconds(1));
        Assert.Equal(75, job.ProgressPct);
        var over = JobTransitions.StepProgress(job, job.Steps[1], 250, T0.AddSeconds(2));
        Assert.Equal(100, job.Steps[1].ProgressPct);
        JobTransitions.StepProgress(job, job.Steps[1], 30, T0.AddSeconds(3));

        Assert.Equal(100, job.Steps[1].ProgressPct); // never backwards within a run (clients draw it as a bar)
        Assert.Equal(100, job.ProgressPct);
        Assert.Equal(3000, job.Steps[1].DurationMs);
        Assert.Equal("b", (string?)Assert.Single(over).Payload["step"]);
    }

    [Fact]
    public void Succeeded_WithOutput_SummarisesAbsolutePathsAndLetsThePipelineShapeIt()
    {
        var job = NewJob("a");
        job.Output = [new JobArtifact("clip.mp4", "jobs/job-1/output/clip.mp4", 42, "video/mp4", "a")];

        var plain = JobTransitions.Succeeded(job, p => "/data/" + p, T0);
        var shaped = JobTransitions.Succeeded(job, p => "/data/" + p, T0, summary => summary["extra"] = summary["path"]!.DeepClone());

        var output = Assert.IsType<JsonObject>(Assert.Single(plain).Payload["output"]);
        Assert.Equal("/data/jobs/job-1/output/clip.mp4", (string?)output["path"]);
        Assert.Equal(42, (long?)output["sizeBytes"]);
        Assert.False(output.ContainsKey("videoPath"), "Core adds no type-specific field");
        Assert.Equal("/data/jobs/job-1/output/clip.mp4", (string?)Assert.Single(shaped).Payload["output"]!["extra"]);
        Assert.Equal(JobStatus.Succeeded, job.Status);
        Assert.Equal(100, job.ProgressPct);
        Assert.Equal(T0, job.EndedUtc);
    }

    [Fact]
    public void Failed_DuringAStep_RecordsTheErrorOnStepAndJobAndEndsTheLease()
    {
        var job = NewJob("a");
        job.LeaseOwner = "worker";
        var step = job.Steps[0];
        step.Status = StepStatus.Running;
        var error = new JobError("Boom", "it broke", "try again");

        var events = JobTransitions.Failed(job, step, error, T0);

        Assert.Equal([JobEventTypes.StepError, JobEventTypes.StepStatus, JobEventTypes.JobFailed], events.Select(e => e.Type));
        Assert.Equal(StepStatus.Failed, step.Status);
        Assert.Equal(error, Assert.Single(step.Errors));
        Assert.Equal(error, Assert.Single(job.Errors));
        Assert.Equal(JobStatus.Failed, job.Status);
        Assert.Null(job.LeaseOwner);
        Assert.Equal("Boom", (string?)events[2].Payload["errors"]![0]!["code"]);
    }

    [Fact]
    public void Requeued_WithoutCountingTheAttempt_GivesTheAttemptBack()
    {
        var job = NewJob("a");
        job.Attempt = 2;
        job.Steps[0].Status = StepStatus.Running;

        var counted = JobTransitions.Requeued(NewJob("a"), "shutdown", countAttempt: true, T0);
        var events = JobTransitions.Requeued(job, "shutdown", countAttempt: false, T0, runAfter: T0.AddMinutes(1));

        Assert.Equal(1, job.Attempt);
        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Equal(StepStatus.Pending, job.Steps[0].Status);
        Assert.Equal(T0.AddMinutes(1), job.RunAfterUtc);
        Assert.Equal(2, events.Count);
        Assert.Single(counted);
    }

    [Fact]
    public void RetryRequested_FailedJob_ClearsErrorsAndAllowsNewAttemptsBeyondTheCurrentOne()
    {
        var job = NewJob("a", "b");
        job.Attempt = 3;
        job.Steps[0].Status = StepStatus.Succeeded;
        job.Steps[1].Status = StepStatus.Failed;
        JobTransitions.Failed(job, null, new JobError("E", "m"), T0);

        JobTransitions.RetryRequested(job, automaticAttempts: 2, T0);

        Assert.Equal(JobStatus.Queued, job.Status);
        Assert.Empty(job.Errors);
        Assert.Equal(5, job.MaxAttempts);
        Assert.Equal(StepStatus.Succeeded, job.Steps[0].Status);
        Assert.Equal(StepStatus.Pending, job.Steps[1].Status);
        Assert.Null(job.EndedUtc);
    }

    [Fact]
    public void Skipped_AtTheSecondStep_MarksItAndEveryLaterStepSkipped()
    {
        var job = NewJob("a", "b", "c");
        job.Steps[0].Status = StepStatus.Succeeded;
        job.Steps[1].Status = StepStatus.Running;

        var events = JobTransitions.Skipped(job, job.Steps[1], "already small", T0);

        Assert.Equal([StepStatus.Succeeded, StepStatus.Skipped, StepStatus.Skipped], job.Steps.Select(s => s.Status));
        Assert.Equal(JobStatus.Skipped, job.Status);
        Assert.Equal("already small", job.Message);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void OverallProgress_NoSteps_IsZeroUntilSucceeded()
    {
        var job = NewJob();

        Assert.Equal(0, JobTransitions.OverallProgress(job));
        job.Status = JobStatus.Succeeded;
        Assert.Equal(100, JobTransitions.OverallProgress(job));
    }
}
