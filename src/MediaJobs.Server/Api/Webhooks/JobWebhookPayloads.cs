using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;
using MediaJobs.Pipelines.Documents;

namespace MediaJobs.Server.Compat.Secretary;

/// <summary>
/// Seed 003's webhook bodies, built from the event log. Progress:
/// <c>{phase: "processing", progress, message, process: {id}}</c>; completion:
/// <c>{phase: "completed", message, data, process: {id}}</c>; plus <c>failed</c>, <c>cancelled</c> and
/// <c>skipped</c> in the same shape. <c>process.id</c> is the caller's <c>webhook.jobId</c> when given,
/// else the job id; <c>process.jobId</c> is always the job id. Every job's webhooks use this body
/// (docs/api.md, Webhooks), whichever surface submitted it.
/// </summary>
public sealed class SecretaryWebhookPayloads : IWebhookPayloadFormat
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

    /// <summary>Seed 003's <c>data</c>: the job's <c>structured_data</c> when it has one, else its results, with the output summary.</summary>
    private static JsonObject CompletionData(Job job, JobEvent e)
    {
        var data = job.Results[DocumentResults.StructuredData] is JsonObject structured
            ? (JsonObject)structured.DeepClone()
            : (JsonObject)job.Results.DeepClone();
        if (!data.ContainsKey("output") && e.Payload["output"] is JsonObject output)
        {
            data["output"] = output.DeepClone();
        }
        return data;
    }

    private static double? Number(JsonNode? node) =>
        node is JsonValue v && v.TryGetValue<double>(out var d) ? d : null;
}
