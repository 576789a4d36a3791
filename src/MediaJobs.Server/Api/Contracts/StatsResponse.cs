namespace MediaJobs.Server.Api.Contracts;

/// <summary>Counts per status and bytes saved (this session, and ever).</summary>
public sealed record StatsResponse(
    int Queued,
    int Running,
    int Succeeded,
    int Failed,
    int Cancelled,
    int Skipped,
    int Total,
    long SessionBytesSaved,
    long LifetimeBytesSaved);
