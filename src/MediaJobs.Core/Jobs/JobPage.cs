namespace MediaJobs.Core.Jobs;

/// <summary>
/// A page of jobs. <see cref="Total"/> counts every match of the filter when the store keeps that count (status,
/// type and owner filters); for a batch or text filter it stops at <see cref="CountCap"/> and
/// <see cref="TotalCapped"/> says so. <see cref="Next"/> is where the next page starts, null on the last page.
/// </summary>
public sealed record JobPage(IReadOnlyList<Job> Items, int Total)
{
    /// <summary>The most jobs a batch or text filter counts: its count never scans more than this many rows.</summary>
    public const int CountCap = 1000;

    public JobCursor? Next { get; init; }

    /// <summary>True when more than <see cref="Total"/> jobs match (the count stopped at <see cref="CountCap"/>).</summary>
    public bool TotalCapped { get; init; }
}
