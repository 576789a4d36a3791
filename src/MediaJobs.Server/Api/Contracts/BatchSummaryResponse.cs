namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// A batch in the list: its aggregate <c>status</c> (the rules of <see cref="BatchResponse"/>), how many of its jobs
/// are in each status, and <c>progressPct</c>, the mean of its jobs' progress where a finished job counts as 100.
/// </summary>
internal sealed record BatchSummaryResponse(
    string BatchId,
    string Name,
    DateTimeOffset CreatedUtc,
    string Status,
    int JobCount,
    double ProgressPct,
    BatchCountsResponse Counts);
