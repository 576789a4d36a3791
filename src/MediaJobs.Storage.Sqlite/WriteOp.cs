using MediaJobs.Storage.Relational.Writer;

namespace MediaJobs.Storage.Sqlite;

/// <summary>One queued write; the writer runs it inside its own SAVEPOINT of a shared transaction.</summary>
internal abstract class WriteOp(CancellationToken ct) : QueuedWrite(ct)
{
    /// <summary>Does the work on the writer connection. Throwing rolls back this op only.</summary>
    public abstract void Execute(WriterSession session);

    /// <summary>
    /// Its events may wait for the turn's shared INSERTs (<see cref="WriterSession.DeferEvents"/>): it neither reads
    /// nor deletes events, so nothing it does depends on them being in the table yet.
    /// </summary>
    public bool DefersEvents { get; init; }
}
