namespace MediaJobs.Core.Jobs;

/// <summary>Counts per status and persisted byte counters.</summary>
public sealed record JobStats(
    IReadOnlyDictionary<JobStatus, int> Counts,
    long SessionBytesSaved,
    long LifetimeBytesSaved)
{
    public int Total => Counts.Values.Sum();
    public int Count(JobStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;
}
