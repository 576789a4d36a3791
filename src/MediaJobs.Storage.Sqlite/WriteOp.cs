using MediaJobs.Storage.Relational.Writer;

namespace MediaJobs.Storage.Sqlite;

/// <summary>One queued write; the writer runs it inside its own SAVEPOINT of a shared transaction.</summary>
internal abstract class WriteOp(CancellationToken ct) : QueuedWrite(ct)
{
    /// <summary>Does the work on the writer connection. Throwing rolls back this op only.</summary>
    public abstract void Execute(WriterSession session);
}
