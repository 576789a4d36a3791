namespace MediaJobs.Core.Jobs;

/// <summary>Counts per status and the persisted named counters, of one owner or of everyone.</summary>
public sealed record JobStats(
    IReadOnlyDictionary<JobStatus, int> Counts,
    IReadOnlyDictionary<string, CounterTotals> Counters)
{
    public int Total => Counts.Values.Sum();
    public int Count(JobStatus status) => Counts.TryGetValue(status, out var n) ? n : 0;

    /// <summary>The totals of a named counter; zero when nothing has counted yet.</summary>
    public CounterTotals Counter(string name) => Counters.GetValueOrDefault(name) ?? CounterTotals.Zero;
}
