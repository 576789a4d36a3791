namespace MediaJobs.Storage.Sqlite;

/// <summary>A write that produces a <typeparamref name="T"/> for its caller.</summary>
internal sealed class WriteOp<T>(Func<WriterSession, T> work, Action<T>? onCommitted, CancellationToken ct)
    : WriteOp(ct)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _done.Task;

    public override void Execute(WriterSession session) => _result = work(session);

    public override void Complete() => Complete(_done, () => _result, onCommitted, SqliteErrors.Translate);
}
