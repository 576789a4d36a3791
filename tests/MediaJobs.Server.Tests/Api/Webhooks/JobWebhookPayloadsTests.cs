using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Webhooks;

namespace MediaJobs.Server.Tests.Api.Webhooks;

[Trait("Tier", "Fast")]
public sealed class JobWebhookPayloadsTests
{
    private readonly JobWebhookPayloads _payloads = new(new PipelineRegistry([new HandingPipeline()]));

    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static JobEvent Event(string type, JsonObject? payload = null, string message = "m") =>
        new(1, "job-1", type, EventLevel.Info, message, payload ?? [], T0);

    [Theory]
    [InlineData(JobEventTypes.StepProgress, null, JobWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.StepStatus, "Running", JobWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.StepStatus, "Succeeded", null)]
    [InlineData(JobEventTypes.JobStatus, "Running", JobWebhookPayloads.Progress)]
    [InlineData(JobEventTypes.JobStatus, "Queued", null)]
    [InlineData(JobEventTypes.JobStatus, "Cancelled", JobWebhookPayloads.Cancelled)]
    [InlineData(JobEventTypes.JobCompleted, "Succeeded", JobWebhookPayloads.Completed)]
    [InlineData(JobEventTypes.JobFailed, "Failed", JobWebhookPayloads.Failed)]
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
    public void Build_Completed_DataIsTheResultsWithTheOutputSummary()
    {
        var job = new Job { Id = "job-1", Type = "noop", Results = new JsonObject { ["target_dir"] = "/x" } };

        var body = _payloads.Build(job, new WebhookTarget("https://x.example/h"),
            Event(JobEventTypes.JobCompleted, new JsonObject { ["output"] = new JsonObject { ["path"] = "/out.mp4" } }))!;

        Assert.Equal("completed", (string?)body["phase"]);
        Assert.Equal("Processing completed", (string?)body["message"]);
        Assert.Equal("/x", (string?)body["data"]!["target_dir"]);
        Assert.Equal("/out.mp4", (string?)body["data"]!["output"]!["path"]);
        Assert.Equal("job-1", (string?)body["process"]!["id"]);
    }

    [Fact]
    public void Build_Completed_DataIsWhatTheJobsTypeDeclares()
    {
        var job = new Job { Id = "job-1", Type = HandingPipeline.TypeName, Results = new JsonObject { ["primary"] = new JsonObject { ["text"] = "hello" }, ["other"] = 1 } };

        var body = _payloads.Build(job, new WebhookTarget("https://x.example/h"), Event(JobEventTypes.JobCompleted))!;

        Assert.Equal("hello", (string?)body["data"]!["text"]);
        Assert.Null(body["data"]!["other"]);
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

    /// <summary>A type that hands its <c>primary</c> result on completion.</summary>
    private sealed class HandingPipeline : IJobPipeline
    {
        public const string TypeName = "handing";

        public string Type => TypeName;

        public IReadOnlyList<string> Presets { get; } = ["default"];

        public IReadOnlyList<string> Prepare(JobSubmission submission) => [];

        public IJobStep GetStep(string name) => throw new ArgumentOutOfRangeException(nameof(name));

        public JsonObject CompletionData(Job job) => (JsonObject)job.Results["primary"]!.DeepClone();
    }
}
