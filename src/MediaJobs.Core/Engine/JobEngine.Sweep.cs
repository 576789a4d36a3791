using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>The start-up sweep of folders whose jobs the store no longer holds.</summary>
public sealed partial class JobEngine
{
    private async Task SweepDeletedJobFoldersAsync(CancellationToken ct)
    {
        await Task.Yield();
        try
        {
            await Cleaner.SweepDeletedJobFoldersAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Host is stopping; the next start sweeps again.
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Start-up sweep of deleted jobs' folders failed");
        }
        finally
        {
            _folderSweep.TrySetResult();
        }
    }
}
