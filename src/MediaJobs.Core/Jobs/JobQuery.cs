namespace MediaJobs.Core.Jobs;

/// <summary>A filter and page over jobs, newest first (or oldest first).</summary>
public sealed record JobQuery
{
    public IReadOnlyCollection<JobStatus>? Statuses { get; init; }
    public string? Type { get; init; }
    public string? BatchId { get; init; }
    /// <summary>When set, only this owner's jobs.</summary>
    public string? Owner { get; init; }
    /// <summary>When set, only jobs whose id or batch id equals it, or whose input contains it (any ASCII case).</summary>
    public string? Text { get; init; }
    /// <summary>Oldest first instead of newest first.</summary>
    public bool OldestFirst { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;
}
