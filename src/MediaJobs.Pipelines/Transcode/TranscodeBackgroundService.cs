using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>At start-up: probes the hardware encoders once (one-frame test encodes), then follows the queue for notifications.</summary>
internal sealed partial class TranscodeBackgroundService(
    EncoderSelector encoders,
    NotificationOptions notifications,
    IServiceProvider services,
    ILogger<TranscodeBackgroundService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await encoders.DetectAsync(stoppingToken);
            var hevc = await encoders.SelectAsync(VideoCodec.Hevc, stoppingToken);
            var av1 = await encoders.SelectAsync(VideoCodec.Av1, stoppingToken);
            LogEncoders(hevc.Name, av1.Name);
            if (!notifications.IsEnabled)
            {
                return;
            }
            var watcher = services.GetRequiredService<QueueNotificationWatcher>();
            watcher.Sent += (n, outcomes) => LogSent(n.Event, string.Join(", ", outcomes));
            await watcher.RunAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transcode encoders: HEVC {Hevc}, AV1 {Av1}")]
    private partial void LogEncoders(string hevc, string av1);

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Event} sent: {Outcomes}")]
    private partial void LogSent(string @event, string outcomes);
}
