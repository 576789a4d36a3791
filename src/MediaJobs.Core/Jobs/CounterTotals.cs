namespace MediaJobs.Core.Jobs;

/// <summary>
/// A named counter's totals: since the last session reset, and ever. Both grow only by succeeded jobs'
/// amounts; a session reset zeroes the first.
/// </summary>
public sealed record CounterTotals(long Session, long Lifetime)
{
    public static CounterTotals Zero { get; } = new(0, 0);
}
