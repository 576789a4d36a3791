using MediaJobs.Core.Service;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Retention;

/// <summary>
/// Prunes by <see cref="RetentionOptions"/> at start-up and every <see cref="RetentionOptions.Interval"/>. Several nodes
/// may sweep at once: a job one node deleted is simply not found by the other, so no lock is needed.
/// </summary>
public sealed partial class RetentionSweeper(JobService jobs, RetentionOptions options, TimeProvider time, ILogger<RetentionSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Limits().Any())
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Interval, time);
        do
        {
            try
            {
                var pruned = await jobs.PruneAsync(options, stoppingToken);
                if (pruned.Total > 0)
                {
                    LogPruned(logger, pruned.Total);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // a failed sweep (store busy, disk full) must not stop the host; the next interval tries again
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention deleted {Count} finished jobs")]
    private static partial void LogPruned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Retention sweep failed; the next interval tries again")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
