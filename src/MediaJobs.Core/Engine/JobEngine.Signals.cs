using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Hints from other nodes, through the store: queued work, a cancel, a pause. Each only speeds up what
/// the poll and the heartbeat would do anyway (claim, stop on the cancel flag, re-read the pause).
/// </summary>
public sealed partial class JobEngine
{
    private void ListenTo(StoreSignals signals)
    {
        signals.JobsAvailable += Wake;
        signals.CancelRequested += id => TryStop(id, StopReason.Cancel);
        signals.SettingChanged += key =>
        {
            if (key == Settings.QueuePaused)
            {
                _ = RefreshPausedOnHintAsync();
            }
        };
    }

    private async Task RefreshPausedOnHintAsync()
    {
        try
        {
            await RefreshPausedAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The heartbeat re-reads the pause anyway.
            _logger.LogWarning(ex, "Reading the queue pause after a hint failed");
        }
    }
}
