using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>Seed 000's job shape, extended (type onwards).</summary>
internal sealed record JobResponse
{
    public required string JobId { get; init; }
    public required string Status { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
    public DateTimeOffset? StartedUtc { get; init; }
    public DateTimeOffset? EndedUtc { get; init; }
    public required string CorrelationId { get; init; }
    public required IReadOnlyList<StepResponse> Steps { get; init; }
    /// <summary>Null until the job has output.</summary>
    public OutputResponse? Output { get; init; }
    public required IReadOnlyList<JobError> Warnings { get; init; }
    public required IReadOnlyList<JobError> Errors { get; init; }
    public required string Type { get; init; }
    public required string Preset { get; init; }
    public double ProgressPct { get; init; }
    public string? Message { get; init; }
    public string? BatchId { get; init; }
    public int Priority { get; init; }
    public int Attempt { get; init; }
    public int MaxAttempts { get; init; }
    public bool CancelRequested { get; init; }
    public required JsonObject Inputs { get; init; }
    public required JsonObject Options { get; init; }
    public required JsonObject Results { get; init; }
    /// <summary>Every file any step published, with absolute paths.</summary>
    public required IReadOnlyList<ArtifactResponse> Artifacts { get; init; }
    /// <summary>The id of the API key that submitted the job (null without keys).</summary>
    public string? Owner { get; init; }
    /// <summary>The job's webhook target (its token is never shown); see <c>/api/jobs/{id}/webhooks</c>.</summary>
    public WebhookTargetResponse? Webhook { get; init; }
    /// <summary><see cref="JobId"/> again: the seed project's own job model (Aura's <c>Job</c>) names it <c>id</c>.</summary>
    public string Id => JobId;
    /// <summary>The stage its pipeline declares for the step running now (or that failed); <c>Complete</c> once succeeded.</summary>
    public string? Stage { get; init; }
    /// <summary><see cref="ProgressPct"/> rounded to a whole number (Aura's <c>percent</c>).</summary>
    public int Percent { get; init; }
    /// <summary>
    /// The status in the words of Aura's job model (<c>Queued</c>, <c>Running</c>, <c>Done</c>, <c>Failed</c>, <c>Skipped</c>,
    /// <c>Canceled</c>); <see cref="Status"/> keeps the seed's words (<c>Succeeded</c>, <c>Cancelled</c>).
    /// </summary>
    public required string State { get; init; }
}
