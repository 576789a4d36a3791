namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// A batch and its jobs. <c>status</c>: Queued (nothing started), Running (some not final),
/// then when all are final: Succeeded (all Succeeded or Skipped), Failed (all Failed),
/// Cancelled (all Cancelled), otherwise Mixed. <c>completedCount</c> counts Succeeded and Skipped.
/// </summary>
internal sealed record BatchResponse(
    string BatchId,
    string Name,
    DateTimeOffset CreatedUtc,
    string Status,
    int JobCount,
    int CompletedCount,
    int FailedCount,
    int CancelledCount,
    IReadOnlyList<JobResponse> Jobs);
