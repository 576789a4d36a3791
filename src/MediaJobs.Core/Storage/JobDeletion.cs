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
}
