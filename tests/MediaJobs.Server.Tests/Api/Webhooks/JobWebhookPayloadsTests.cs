using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Compat.Secretary;

namespace MediaJobs.Server.Tests.Compat;

[Trait("Tier", "Fast")]
public sealed class SecretaryWebhookPayloadsTests
{
    private readonly SecretaryWebhookPayloads _payloads = new();

    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JobEvent Event(string type, JsonObject? payload = null, string message = "m") =>
        new(1, "job-1", type, EventLevel.Info, message, payload ?? [], T0);

    [Theory]
    [InlineData(JobEventTypes.StepProgress, null, SecretaryWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.StepStatus, "Running", SecretaryWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.StepStatus, "Succeeded", null)]
    [InlineData(JobEventTypes.JobStatus, "Running", SecretaryWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.JobStatus, "Queued", null)]
    [InlineData(JobEventTypes.JobStatus, "Cancelled", SecretaryWebhookPayloads.Cancelled)]
    [InlineData(JobEventTypes.JobCompleted, "Succeeded", SecretaryWebhookPayloads.Completed)]
    [InlineData(JobEventTypes.JobFailed, "Failed", SecretaryWebhookPayloads.Failed)]
    [InlineData(JobEventTypes.Log, null, null)]
    [InlineData(JobEventTypes.WebhookDelivered, null, null)]
    [InlineData(JobEventTypes.WebhookFailed, null, null)]
    public void KindOf_Event_MapsOnlyProgressAndEndings(string type, string? status, string? kind)
    {
        var payload = status is null ? [] : new JsonObject { ["status"] = status };

        Assert.Equal(kind, _payloads.KindOf(Event(type, payload)));
    }

    [Fact]
    public void Build_Progress_IsSeed003ShapeWithClientJobId()
    {
        var job = new Job { Id = "job-1", Type = "noop", ProgressPct = 10 };

        var body = _payloads.Build(job, new WebhookTarget("https://x.example/h", null, "client-9"),
            Event(JobEventTypes.StepProgress, new JsonObject { ["jobProgressPct"] = 49.6 }, "Extracting text"))!;

        Assert.Equal("processing", (string?)body["phase"]);
        Assert.Equal(50, body["progress"]!.GetValue<int>());
        Assert.Equal("Extracting text", (string?)body["message"]);
        Assert.Equal("client-9", (string?)body["process"]!["id"]);
        Assert.Equal("job-1", (string?)body["process"]!["jobId"]);
    }

    [Fact]
    public void Build_Completed_DataIsStructuredDataWhenTheJobHasIt()
    {
        var job = new Job
        {
            Id = "job-1",
            Type = "document",
            Results = new JsonObject { ["structured_data"] = new JsonObject { ["extracted_text"] = "hello" }, ["target_dir"] = "/x" },
        };

        var body = _payloads.Build(job, new WebhookTarget("https://x.example/h"), Event(JobEventTypes.JobCompleted))!;

        Assert.Equal("completed", (string?)body["phase"]);
        Assert.Equal("Processing completed", (string?)body["message"]);
        Assert.Equal("hello", (string?)body["data"]!["extracted_text"]);
        Assert.Equal("job-1", (string?)body["process"]!["id"]);
    }

    [Fact]
    public void Build_Failed_CarriesTheJobsLastErrorWithRemediation()
    {
        var job = new Job { Id = "job-1", Type = "noop", Errors = [new JobError("First", "a"), new JobError("ToolFailed", "ffmpeg exited 1", "See the log")] };

        var body = _payloads.Build(job, new WebhookTarget("https://x.example/h"), Event(JobEventTypes.JobFailed, message: "ffmpeg exited 1"))!;

        Assert.Equal("failed", (string?)body["phase"]);
        Assert.Equal("ffmpeg exited 1", (string?)body["message"]);
        Assert.Equal("ToolFailed", (string?)body["error"]!["code"]);
        Assert.Equal("See the log", (string?)body["error"]!["remediation"]);
    }

    [Fact]
    public void Build_EventThatSendsNothing_IsNull()
    {
        var job = new Job { Id = "job-1", Type = "noop" };

        Assert.Null(_payloads.Build(job, new WebhookTarget("https://x.example/h"), Event(JobEventTypes.Log)));
    }
}
