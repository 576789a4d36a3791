using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Uploads;

/// <summary>
/// Deletes uploads no stored job names once they are older than <see cref="UploadOptions.UnusedLifetime"/>:
/// right after any job is deleted (so a job's upload goes with it) and every <see cref="UploadOptions.SweepInterval"/>.
/// An upload a job still names stays as long as that job, so a retry finds its input.
/// </summary>
public sealed partial class UploadSweeper(UploadStore store, JobService jobs, IOptions<UploadOptions> options, TimeProvider time, ILogger<UploadSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var after = await jobs.Store.GetLastEventIdAsync(stoppingToken);
            await SweepAsync(stoppingToken);
            // A null event is the quiet interval passing: sweep on time as well as on deletions.
            await foreach (var e in jobs.FollowEventsAsync(null, after, options.Value.SweepInterval, stoppingToken))
            {
                if (e is null || e.Type == JobEventTypes.JobRemoved)
                {
                    await SweepAsync(stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One pass; returns the folders removed.</summary>
    public async Task<IReadOnlyList<string>> SweepAsync(CancellationToken ct)
    {
        var removed = new List<string>();
        var cutoff = time.GetUtcNow() - options.Value.UnusedLifetime;
        foreach (var (folder, file, created) in store.List().ToList())
        {
            if (created > cutoff)
            {
                continue;
            }
            if (file is not null && (await jobs.ListAsync(new JobQuery { Text = Path.GetFileName(folder), Limit = 1 }, ct)).Total > 0)
            {
                continue;
            }
            try
            {
                Directory.Delete(folder, recursive: true);
                removed.Add(folder);
                LogRemoved(logger, folder);
            }
            catch (IOException ex)
            {
                LogNotRemoved(logger, folder, ex.Message);
            }
        }
        return removed;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Uploads: removed {Folder} (no job names it)")]
    private static partial void LogRemoved(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Uploads: could not remove {Folder}: {Reason}")]
    private static partial void LogNotRemoved(ILogger logger, string folder, string reason);
}
