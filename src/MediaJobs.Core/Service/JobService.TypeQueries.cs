using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Service;

/// <summary>Reads a face needs about one job type (its stats, its latest active job), answered by the store in one query.</summary>
public sealed partial class JobService
{
    /// <summary>Counts per status of one type's jobs of <paramref name="owner"/> (everyone's when null), and the sum of one job counter.</summary>
    public Task<JobTypeSummary> SummarizeTypeAsync(string type, string? owner, string counter, CancellationToken ct) =>
        store.SummarizeTypeAsync(type, owner, counter, ct);

    /// <summary>The running job of this type that started last, else the newest queued one; null when none is active.</summary>
    public Task<Job?> FindLatestActiveAsync(string type, string? owner, CancellationToken ct) =>
        store.FindLatestActiveAsync(type, owner, ct);
}
