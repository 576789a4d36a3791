namespace MediaJobs.Storage.Relational.Writer;

/// <summary>
/// One write queued for a store's writer: the writer runs it inside a shared transaction (group commit) and,
/// once that transaction has committed or failed, completes the caller's task.
/// </summary>
public abstract class QueuedWrite(CancellationToken ct)
{
    public CancellationToken Cancellation { get; } = ct;

    /// <summary>Set when this write (or its whole transaction) failed.</summary>
    public Exception? Error { get; set; }

    public bool WasCancelled { get; set; }

    /// <summary>Hands the outcome to the caller, after the transaction has ended.</summary>
    public abstract void Complete();

    /// <summary>
    /// Completes <paramref name="done"/>: cancelled, failed (in the words <paramref name="translateError"/> gives the
    /// store's error), or with the result once <paramref name="onCommitted"/> has run on the writer.
    /// </summary>
    protected void Complete<T>(TaskCompletionSource<T> done, Func<T> result, Action<T>? onCommitted, Func<Exception, Exception> translateError)
    {
        ArgumentNullException.ThrowIfNull(done);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(translateError);
        if (WasCancelled)
        {
            done.TrySetCanceled(Cancellation);
        }
        else if (Error is not null)
        {
            done.TrySetException(translateError(Error));
        }
        else
        {
            try
            {
                var value = result();
                onCommitted?.Invoke(value);
                done.TrySetResult(value);
            }
            catch (Exception ex)
            {
                done.TrySetException(ex);
            }
        }
    }
}
