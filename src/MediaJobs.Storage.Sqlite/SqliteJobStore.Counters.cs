namespace MediaJobs.Storage.Sqlite;

// Named counters per owner (table owner_counters, migration 0003): '' is the owner of jobs without one, and of
// the bytes saved before counters were kept per owner.
public sealed partial class SqliteJobStore
{
    public Task AddToCountersAsync(string? owner, IReadOnlyDictionary<string, long> deltas, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deltas);
        return Submit(s =>
        {
            s.AddToCounters(owner, deltas);
            return true;
        }, ct);
    }

    public Task ResetSessionCountersAsync(CancellationToken ct) =>
        Submit(s => s.Execute("UPDATE owner_counters SET session = 0 WHERE session <> 0"), ct);
}
