namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// One queued write. The writer runs it inside its own SAVEPOINT of a shared transaction, then,
/// once that transaction commits (or fails), completes the caller's task.
/// </summary>
internal abstract class WriteOp(CancellationToken ct)
{
    public CancellationToken Cancellation { get; } = ct;

    /// <summary>Set when this op (or its whole transaction) failed.</summary>
    public Exception? Error { get; set; }

    public bool WasCancelled { get; set; }

    /// <summary>Does the work on the writer connection. Throwing rolls back this op only.</summary>
    public abstract void Execute(WriterSession session);

    /// <summary>Hands the outcome to the caller, after the transaction has ended.</summary>
    public abstract void Complete();
}
