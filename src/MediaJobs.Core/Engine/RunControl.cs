namespace MediaJobs.Core.Engine;

/// <summary>The stop switch of one running job. The first reason given wins.</summary>
internal sealed class RunControl(string jobId, string type) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private int _reason = -1;

    public string JobId { get; } = jobId;
    public string Type { get; } = type;
    public CancellationToken Token => _cts.Token;
    public StopReason? Reason => _reason < 0 ? null : (StopReason)_reason;

    /// <summary>With <see cref="StopReason.Held"/>: the error the job fails with.</summary>
    public Jobs.JobError? StopError { get; private set; }

    public void Stop(StopReason reason, Jobs.JobError? error = null)
    {
        if (Interlocked.CompareExchange(ref _reason, (int)reason, -1) == -1)
        {
            StopError = error;
            try
            {
                _cts.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The run ended between a stop-all's look-up and this call: nothing left to stop.
            }
        }
    }

    public void Dispose() => _cts.Dispose();
}
