namespace MediaJobs.Core.Engine;

/// <summary>The stop switch of one running job. The first reason given wins.</summary>
internal sealed class RunControl(string jobId, string type, DateTimeOffset leaseFrom, bool runsAlone = false) : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private int _reason = -1;
    private long _leaseFromTicks = leaseFrom.UtcTicks;
    private int _watchdogFired;

    /// <summary>
    /// When this node last took the time before a claim or renewal that the store accepted: the stored lease
    /// lasts at least until this plus the lease duration.
    /// </summary>
    public DateTimeOffset LeaseFrom => new(Interlocked.Read(ref _leaseFromTicks), TimeSpan.Zero);

    /// <summary>A job whose worker died with it before runs with nothing else on this node (its crash is then its own).</summary>
    public bool RunsAlone { get; } = runsAlone;

    /// <summary>Moves <see cref="LeaseFrom"/> forward (never back: renewals may finish out of order).</summary>
    public void LeaseConfirmed(DateTimeOffset from)
    {
        var ticks = from.UtcTicks;
        long seen;
        while ((seen = Interlocked.Read(ref _leaseFromTicks)) < ticks && Interlocked.CompareExchange(ref _leaseFromTicks, ticks, seen) != seen)
        {
        }
    }

    /// <summary>True only for the first call: the lease watchdog acts once per run.</summary>
    public bool MarkWatchdogFired() => Interlocked.Exchange(ref _watchdogFired, 1) == 0;

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
