using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Server.Api.Webhooks;

/// <summary>
/// The native API's webhook bodies (docs/api.md, Webhooks), built from the event log. Progress:
/// <c>{phase: "processing", progress, message, process: {id, jobId}}</c>; completion:
/// <c>{phase: "completed", message, data, process}</c>, <c>data</c> being what the job's type hands on completion
/// (<see cref="Core.Pipelines.IJobPipeline.CompletionData"/>) with the output summary; plus <c>failed</c>,
/// <c>cancelled</c> and <c>skipped</c> in the same shape. <c>process.id</c> is the caller's <c>webhook.jobId</c> when
/// given, else the job id; <c>process.jobId</c> is always the job id. The shape is the one seed 003 documents, which
/// the native API adopted.
/// </summary>
internal sealed class JobWebhookPayloads(PipelineRegistry pipelines) : IWebhookPayloadFormat
{
    public const string Progress = "progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Skipped = "skipped";

    /// <summary>The webhook kind an event becomes, or null (webhook events themselves never do: no loops).</summary>
    public string? KindOf(JobEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var status = e.Payload["status"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        return e.Type switch
        {
            JobEventTypes.StepProgress => Progress,
            JobEventTypes.StepStatus when status == nameof(StepStatus.Running) => Progress,
            JobEventTypes.JobStatus when status == nameof(JobStatus.Running) => Progress,
            JobEventTypes.JobStatus when status == nameof(JobStatus.Cancelled) => Cancelled,
            JobEventTypes.JobStatus when status == nameof(JobStatus.Skipped) => Skipped,
            JobEventTypes.JobCompleted => Completed,
            JobEventTypes.JobFailed => Failed,
            _ => null,
        };
    }

    /// <summary>The body for an event of <paramref name="job"/> (null when the event sends nothing).</summary>
    public JsonObject? Build(Job job, WebhookTarget target, JobEvent e)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(target);
        var kind = KindOf(e);
        var process = new JsonObject { ["id"] = target.ClientJobId ?? job.Id, ["jobId"] = job.Id };
        return kind switch
        {
            Progress => new JsonObject
            {
                ["phase"] = "processing",
                ["progress"] = (int)Math.Round(Number(e.Payload["jobProgressPct"]) ?? job.ProgressPct),
                ["message"] = e.Message,
                ["process"] = process,
            },
            Completed => new JsonObject
            {
                ["phase"] = "completed",
                ["message"] = "Processing completed",
                ["data"] = CompletionData(job, e),
                ["process"] = process,
            },
            Failed => new JsonObject
            {
                ["phase"] = "failed",
                ["message"] = e.Message,
                ["error"] = job.Errors.LastOrDefault() is { } error
                    ? new JsonObject { ["code"] = error.Code, ["message"] = error.Message, ["remediation"] = error.Remediation }
                    : null,
                ["process"] = process,
            },
            Cancelled or Skipped => new JsonObject
            {
                ["phase"] = kind,
                ["message"] = e.Message,
                ["process"] = process,
            },
            _ => null,
        };
    }

    /// <summary>What the job's type hands on completion (its results by default), with the output summary.</summary>
    private JsonObject CompletionData(Job job, JobEvent e)
    {
        var data = pipelines.Find(job.Type)?.CompletionData(job) ?? (JsonObject)job.Results.DeepClone();
        if (!data.ContainsKey("output") && e.Payload["output"] is JsonObject output)
        {
            data["output"] = output.DeepClone();
        }
        return data;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
