namespace MediaJobs.Storage.Sqlite;

/// <summary>A write that produces a <typeparamref name="T"/> for its caller.</summary>
internal sealed class WriteOp<T>(Func<WriterSession, T> work, Action<T>? onCommitted, CancellationToken ct)
    : WriteOp(ct)
{
    private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _done.Task;

    public override void Execute(WriterSession session) => _result = work(session);

    public override void Complete()
    {
        if (WasCancelled)
        {
            _done.TrySetCanceled(Cancellation);
        }
        else if (Error is not null)
        {
            _done.TrySetException(SqliteErrors.Translate(Error));
        }
        else
        {
            try
            {
                onCommitted?.Invoke(_result);
                _done.TrySetResult(_result);
            }
            catch (Exception ex)
            {
                _done.TrySetException(ex);
            }
        }
    }
}
