using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>
/// A batch with how many of its jobs are in each status and its aggregate progress: the mean of its jobs'
/// progress, where a finished job (any final status) counts as 100 %.
/// </summary>
public sealed record BatchSummary(Batch Batch, IReadOnlyDictionary<JobStatus, int> Counts, double ProgressPct)
{
    public int JobCount => Counts.Values.Sum();

    public int Count(JobStatus status) => Counts.GetValueOrDefault(status);

    /// <summary>Builds the summary from per-status groups (count and the sum of the jobs' progress), as a store reads them.</summary>
    public static BatchSummary From(Batch batch, IEnumerable<(JobStatus Status, int Count, double ProgressSum)> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var counts = new Dictionary<JobStatus, int>();
        double done = 0;
        foreach (var (status, count, progressSum) in groups)
        {
            counts[status] = counts.GetValueOrDefault(status) + count;
            done += status.IsFinal() ? 100.0 * count : progressSum;
        }
        var total = counts.Values.Sum();
        return new BatchSummary(batch, counts, total == 0 ? 0 : Math.Round(Math.Clamp(done / total, 0, 100), 1));
    }

    /// <summary>One summary per batch, in page order, from a store's rows: one per batch and status.</summary>
    public static IReadOnlyList<BatchSummary> FromRows(IEnumerable<(Batch Batch, (JobStatus Status, int Count, double ProgressSum) Group)> rows) =>
        [.. rows.GroupBy(r => r.Batch.Id, StringComparer.Ordinal).Select(g => From(g.First().Batch, g.Select(r => r.Group)))];
}
