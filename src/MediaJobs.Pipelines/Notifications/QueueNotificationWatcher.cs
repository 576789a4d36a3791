using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Service;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Notifications;

/// <summary>
/// Follows the event log from now on: a failed transcode job sends a <c>job_failed</c> notification; a transcode job
/// ending while nothing else is queued or running sends <c>queue_drained</c>. Run it for the life of the host.
/// </summary>
internal sealed class QueueNotificationWatcher(JobService service, Notifier notifier, Func<NotificationOptions> current)
{
    public QueueNotificationWatcher(JobService service, Notifier notifier, NotificationOptions options)
        : this(service, notifier, () => options)
    {
    }

    /// <summary>Raised after each send with the notification and the per-target outcomes (for logs and tests).</summary>
    public event Action<Notification, IReadOnlyList<string>>? Sent;

    public async Task RunAsync(CancellationToken ct)
    {
        var after = await service.Store.GetLastEventIdAsync(ct);
        await foreach (var e in service.FollowEventsAsync(null, after, TimeSpan.FromSeconds(30), ct))
        {
            if (e is null || !JobEventTypes.IsTerminal(e) || e.Type == JobEventTypes.JobRemoved)
            {
                continue;
            }
            var job = await service.GetAsync(e.JobId, null, ct);
            if (job is null || (job.Type != TranscodePipeline.TypeName && job.Type != TranscodeDiscoveryPipeline.TypeName))
            {
                continue;
            }
            var options = current();
            if (options.OnJobFailed && job.Status == JobStatus.Failed)
            {
                var path = (string?)job.Input[TranscodeRequest.PathField] ?? job.Id;
                await SendAsync(new Notification("job_failed", "MediaJobs: transcode failed", $"{Path.GetFileName(path)}: {job.Message}", job.Id), ct);
            }
            var stats = await service.GetStatsAsync(null, ct);
            if (options.OnQueueDrained && stats.Count(JobStatus.Queued) == 0 && stats.Count(JobStatus.Running) == 0)
            {
                var message = $"Queue empty: {stats.Count(JobStatus.Succeeded)} done, {stats.Count(JobStatus.Failed)} failed, {stats.Count(JobStatus.Skipped)} skipped; {stats.Counter(TranscodeCounters.BytesSaved).Session} bytes saved this session.";
                await SendAsync(new Notification("queue_drained", "MediaJobs: queue drained", message), ct);
            }
        }
    }

    private async Task SendAsync(Notification notification, CancellationToken ct)
    {
        var outcomes = await notifier.SendAsync(notification, ct);
        Sent?.Invoke(notification, outcomes);
    }
}
