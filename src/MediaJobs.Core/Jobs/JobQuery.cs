namespace MediaJobs.Core.Jobs;

/// <summary>A filter and page over jobs, newest first (or oldest first).</summary>
public sealed record JobQuery
{
    public IReadOnlyCollection<JobStatus>? Statuses { get; init; }
    public string? Type { get; init; }
    public string? BatchId { get; init; }
    /// <summary>When set, only this owner's jobs.</summary>
    public string? Owner { get; init; }
    /// <summary>
    /// When set, only jobs whose id or batch id equals it, or one of whose input's string values contains it (any
    /// ASCII case; other characters exactly; keys and numbers are not searched). A text of fewer than
    /// <see cref="MinContainsLength"/> characters (Unicode code points), or holding a line break, matches ids and batch ids only: a
    /// substring that short is no search and no text index can answer it, and the stores index values line by line.
    /// </summary>
    public string? Text { get; init; }
    /// <summary>Oldest first instead of newest first.</summary>
    public bool OldestFirst { get; init; }
    /// <summary>When set, the page starts right after this job in the list's order (keyset paging).</summary>
    public JobCursor? After { get; init; }
    /// <summary>Jobs to skip (after <see cref="After"/> when both are set); costs grow with it, a cursor's do not.</summary>
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;

    /// <summary>The shortest text matched inside inputs (both stores' text indexes work on 3-character grams).</summary>
    public const int MinContainsLength = 3;

    /// <summary>True when <see cref="Text"/> is also looked for inside inputs, not only as an id or batch id.</summary>
    public bool MatchesInsideInputs =>
        Text is { Length: >= MinContainsLength } text && !text.Contains('\n', StringComparison.Ordinal)
        && text.EnumerateRunes().Count() >= MinContainsLength;

    /// <summary>True when the maintained counts answer the total: no batch and no text filter.</summary>
    public bool CountedByStatus => BatchId is null && string.IsNullOrEmpty(Text);
}
