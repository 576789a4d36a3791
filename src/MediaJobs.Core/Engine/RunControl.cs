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

    public void Stop(StopReason reason)
    {
        if (Interlocked.CompareExchange(ref _reason, (int)reason, -1) == -1)
        {
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
