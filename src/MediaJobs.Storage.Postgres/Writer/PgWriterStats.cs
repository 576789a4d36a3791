namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>What the writer's lanes did (tests and the benchmark read it).</summary>
internal sealed class PgWriterStats
{
    private long _transactions;
    private long _ops;
    private long _busyTicks;

    /// <summary>Transactions committed so far.</summary>
    public long Transactions => Interlocked.Read(ref _transactions);

    /// <summary>Ops those transactions carried.</summary>
    public long OpsCommitted => Interlocked.Read(ref _ops);

    /// <summary>Time the lanes spent building and running transactions (the rest they waited for ops).</summary>
    public TimeSpan BusyTime => TimeSpan.FromTicks(Interlocked.Read(ref _busyTicks));

    public void Committed(int ops, TimeSpan busy)
    {
        Interlocked.Increment(ref _transactions);
        Interlocked.Add(ref _ops, ops);
        Interlocked.Add(ref _busyTicks, busy.Ticks);
    }
}
