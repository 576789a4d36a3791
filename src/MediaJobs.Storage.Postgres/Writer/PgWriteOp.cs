using MediaJobs.Storage.Relational.Writer;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>One queued write; the writer adds its statements to a shared transaction (group commit).</summary>
internal abstract class PgWriteOp(CancellationToken ct) : QueuedWrite(ct)
{
    /// <summary>Whether its statements may append events (then the transaction takes the event-log lock first).</summary>
    public abstract bool AppendsEvents { get; }

    /// <summary>
    /// Adds its statements to the transaction being built. Called again when the transaction is retried
    /// (another op failed it), so it forgets what an earlier attempt read.
    /// </summary>
    public abstract void Apply(PgWriteBatch batch);
}
