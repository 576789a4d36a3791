namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// One queued write. The writer adds its statements to a shared transaction (group commit) and, once that
/// transaction has committed or failed, completes the caller's task.
/// </summary>
internal abstract class PgWriteOp(CancellationToken ct)
{
    public CancellationToken Cancellation { get; } = ct;

    /// <summary>Set when this op (or its whole transaction) failed.</summary>
    public Exception? Error { get; set; }

    public bool WasCancelled { get; set; }

    /// <summary>Whether its statements may append events (then the transaction takes the event-log lock first).</summary>
    public abstract bool AppendsEvents { get; }

    /// <summary>
    /// Adds its statements to the transaction being built. Called again when the transaction is retried
    /// (another op failed it), so it forgets what an earlier attempt read.
    /// </summary>
    public abstract void Apply(PgWriteBatch batch);

    /// <summary>Hands the outcome to the caller, after the transaction has ended.</summary>
    public abstract void Complete();
}
