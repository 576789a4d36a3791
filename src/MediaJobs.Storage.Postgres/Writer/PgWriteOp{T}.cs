namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>A write that produces a <typeparamref name="T"/> for its caller.</summary>
internal abstract class PgWriteOp<T>(CancellationToken ct) : PgWriteOp(ct)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _done.Task;

    /// <summary>What the caller gets, from what <see cref="PgWriteOp.Apply"/>'s statements returned.</summary>
    protected abstract T Result { get; }

    /// <summary>Runs on the writer after the commit, before the caller resumes (e.g. bumping an in-memory version).</summary>
    protected virtual void OnCommitted(T result)
    {
    }

    public override void Complete() => Complete(_done, () => Result, OnCommitted, PgErrors.Translate);
}
