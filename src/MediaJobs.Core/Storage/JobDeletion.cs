using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>Which jobs a clear removes. Running jobs are never removed, whatever <see cref="Statuses"/> says.</summary>
/// <param name="Statuses">Only jobs in one of these statuses.</param>
public sealed record JobDeletion(IReadOnlyCollection<JobStatus> Statuses)
{
    /// <summary>Only this owner's jobs; null for every owner.</summary>
    public string? Owner { get; init; }

    /// <summary>Only jobs of these types (a compat surface clears only its own); null or empty for every type.</summary>
    public IReadOnlyCollection<string>? Types { get; init; }

    /// <summary>Only these jobs (a compat surface removing one finished job); null or empty for any id.</summary>
    public IReadOnlyCollection<string>? Ids { get; init; }

    /// <summary>Only jobs that ended before this instant (retention); jobs without an end time never match. Null for any.</summary>
    public DateTimeOffset? EndedBeforeUtc { get; init; }

    /// <summary>At most this many jobs, those that ended first (retention deletes in small batches); null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>
    /// Leave every job of a batch that still has a queued or running job (retention: a batch's results are read
    /// together once it is done).
    /// </summary>
    public bool KeepUnfinishedBatches { get; init; }
}
