using MediaJobs.Core.Configuration;
using MediaJobs.Core.Hosting;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Job types <c>transcode</c>, <c>transcode-segment</c> (its segments) and <c>transcode-discovery</c>, the encoder selector (hardware probed at start-up),
/// and queue notifications. Options: <c>MediaJobs:Transcode</c>, <c>MediaJobs:Notifications</c>, checked at start-up.
/// Needs the media tools and <see cref="MediaRoots"/> registered by the host.
/// </summary>
public static class TranscodeServiceCollectionExtensions
{
    public static IServiceCollection AddTranscode(this IServiceCollection services)
    {
        services.AddValidatedOptions<TranscodeOptions>(TranscodeOptions.SectionName);
        services.AddValidatedOptions<NotificationOptions>(NotificationOptions.SectionName);
        // What may change while the server runs (RuntimeSettings); the rest needs a restart.
        services.AddRuntimeSettings<TranscodeOptions>(TranscodeOptions.SectionName,
            nameof(TranscodeOptions.HevcCrf), nameof(TranscodeOptions.Av1Crf), nameof(TranscodeOptions.X265Preset), nameof(TranscodeOptions.SvtAv1Preset));
        services.AddRuntimeSettings<NotificationOptions>(NotificationOptions.SectionName,
            $"{nameof(NotificationOptions.Pushover)}:{nameof(PushoverOptions.User)}", $"{nameof(NotificationOptions.Pushover)}:{nameof(PushoverOptions.Token)}",
            nameof(NotificationOptions.OnQueueDrained), nameof(NotificationOptions.OnJobFailed));
        services.AddSingleton<EncoderSelector>();
        services.AddSingleton(sp => new TranscodePipeline(
            sp.GetRequiredService<ToolLocator>(),
            sp.GetRequiredService<FfmpegRunner>(),
            sp.GetRequiredService<FfprobeClient>(),
            sp.GetRequiredService<ProcessRunner>(),
            sp.GetRequiredService<MediaRoots>(),
            sp.GetRequiredService<TranscodeOptions>(),
            sp.GetRequiredService<EncoderSelector>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptionsMonitor<TranscodeOptions>>(),
            () => sp.GetRequiredService<JobService>()));
        services.AddSingleton<IJobPipeline>(sp => sp.GetRequiredService<TranscodePipeline>());
        // A segmented transcode's segments, as child jobs any node takes; their service is the transcode's.
        services.AddSingleton<IJobPipeline>(sp => new TranscodeSegmentPipeline(sp.GetRequiredService<TranscodePipeline>().Work, sp.GetRequiredService<MediaRoots>()));
        // JobService → PipelineRegistry → this pipeline: the service is resolved only when a discovery runs.
        services.AddSingleton<IJobPipeline>(sp => new TranscodeDiscoveryPipeline(
            sp.GetRequiredService<FfprobeClient>(),
            sp.GetRequiredService<MediaRoots>(),
            () => sp.GetRequiredService<JobService>()));
        services.AddHttpClient(nameof(Notifier), client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton(sp => new Notifier(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(Notifier)),
            () => sp.GetRequiredService<IOptionsMonitor<NotificationOptions>>().CurrentValue));
        services.AddSingleton(sp => new QueueNotificationWatcher(
            sp.GetRequiredService<JobService>(),
            sp.GetRequiredService<Notifier>(),
            () => sp.GetRequiredService<IOptionsMonitor<NotificationOptions>>().CurrentValue));
        services.AddHostedService<TranscodeBackgroundService>();
        return services;
    }
}
