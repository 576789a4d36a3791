using System.Text.Json.Nodes;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Pipelines;

/// <summary>What a caller asks for. <see cref="IJobPipeline.Prepare"/> may normalise Input and Options in place.</summary>
public sealed class JobSubmission
{
    public required string Type { get; init; }
    /// <summary>
    /// The job's id when the caller chooses it (well-formed, e.g. <see cref="Jobs.JobIds.Derived"/>), so a repeated
    /// submission can be recognised; null: a new id.
    /// </summary>
    public string? Id { get; init; }
    public string? Preset { get; set; }
    public JsonObject Input { get; set; } = [];
    public JsonObject Options { get; set; } = [];
    public string? CorrelationId { get; init; }
    /// <summary>Who submits it; set by the HTTP layer from the request's API key.</summary>
    public string? Owner { get; set; }
    /// <summary>Signed progress and completion webhooks for this job (validated at submission).</summary>
    public WebhookTarget? Webhook { get; init; }
    public int Priority { get; init; }
    public int? MaxAttempts { get; init; }
}
