using System.Text.Json.Nodes;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Jobs;

/// <summary>
/// A durable job. The engine mutates a loaded copy and writes it back whole through
/// <see cref="Storage.IJobStore.CommitAsync"/>, guarded by <see cref="Version"/>.
/// </summary>
public sealed class Job
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string Preset { get; set; } = "default";
    public JsonObject Input { get; set; } = [];
    public JsonObject Options { get; set; } = [];
    public JobStatus Status { get; set; } = JobStatus.Queued;
    public List<StepRecord> Steps { get; set; } = [];
    public double ProgressPct { get; set; }
    public string? Message { get; set; }
    public string CorrelationId { get; set; } = "";
    /// <summary>The W3C traceparent the job was submitted under: each run continues that trace. Null when none.</summary>
    public string? TraceParent { get; set; }
    /// <summary>
    /// External tools this job needs beyond its type's own (e.g. <c>tesseract</c> for an OCR extraction), set at
    /// submission: a node that lacks one leaves the job to a live node that has it.
    /// </summary>
    public IReadOnlyList<string> RequiredTools { get; init; } = [];
    public string? BatchId { get; set; }
    public string? Owner { get; set; }
    /// <summary>Where this job's webhooks go (set at submission), or null for none.</summary>
    public WebhookTarget? Webhook { get; set; }
    public int Priority { get; set; }
    public int Attempt { get; set; }
    public int MaxAttempts { get; set; } = 3;
    /// <summary>Set by a cancel request; never overwritten by a snapshot commit.</summary>
    public bool CancelRequested { get; set; }
    public DateTimeOffset CreatedUtc { get; set; }
    public DateTimeOffset? StartedUtc { get; set; }
    public DateTimeOffset? EndedUtc { get; set; }
    /// <summary>The job is not claimed before this instant (automatic retry backoff).</summary>
    public DateTimeOffset? RunAfterUtc { get; set; }
    public List<JobArtifact> Output { get; set; } = [];
    public JsonObject Results { get; set; } = [];
    public List<JobError> Warnings { get; set; } = [];
    public List<JobError> Errors { get; set; } = [];
    /// <summary>
    /// What this job adds to each named counter when it succeeds (e.g. a transcode's bytes saved), set by its steps
    /// through <see cref="Pipelines.StepContext.SetCounter"/>; the totals are kept per owner by the store.
    /// </summary>
    public Dictionary<string, long> Counters { get; set; } = new(StringComparer.Ordinal);
    public string? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseExpiresUtc { get; set; }
    /// <summary>Optimistic concurrency: bumped by every snapshot commit and every claim.</summary>
    public long Version { get; set; }

    public StepRecord? FindStep(string name) => Steps.Find(s => s.Name == name);
}
