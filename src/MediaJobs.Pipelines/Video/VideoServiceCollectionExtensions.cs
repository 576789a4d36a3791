using MediaJobs.Core.Hosting;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Video.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The <c>video</c> job type with the providers chosen by <c>MediaJobs:Providers</c> (offline when nothing is configured).
/// The offline clip library is rendered in the background at start (<c>MediaJobs:Video:PrepareLibraryAtStart</c>).
/// Needs the media tools and <see cref="DataLayout"/> registered by the host.
/// </summary>
public static class VideoServiceCollectionExtensions
{
    public static IServiceCollection AddVideo(this IServiceCollection services)
    {
        services.AddProviderHttpClient();
        services.AddOptions<VideoProvidersOptions>().BindConfiguration(VideoProvidersOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<VideoProvidersOptions>>(new SectionValidator<VideoProvidersOptions>(VideoProvidersOptions.SectionName));
        // Configuration wins; OPENAI_API_KEY, AZURE_SPEECH_KEY/REGION and PEXELS_API_KEY fill what it leaves empty.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<VideoProvidersOptions>>().Value.WithEnvironment(Environment.GetEnvironmentVariable));
        services.AddSingleton<IJobPipeline>(sp =>
        {
            var ffmpeg = sp.GetRequiredService<FfmpegRunner>();
            var tools = sp.GetRequiredService<ToolLocator>();
            var runner = sp.GetRequiredService<ProcessRunner>();
            var assets = VideoPipeline.AssetsDirectoryOf(sp.GetRequiredService<DataLayout>());
            var providers = VideoProviders.Create(
                sp.GetRequiredService<VideoProvidersOptions>(),
                sp.CreateProviderClient(),
                tools, runner, ffmpeg, assets, sp.GetRequiredService<TimeProvider>());
            return new VideoPipeline(tools, ffmpeg, sp.GetRequiredService<FfprobeClient>(), runner, assets, providers.Writer, providers.Speech, providers.Broll)
            {
                Uploads = sp.GetRequiredService<DataLayout>(),
            };
        });
        services.AddValidatedOptions<VideoLibraryOptions>(VideoLibraryOptions.SectionName);
        services.AddHostedService(sp => new VideoLibraryWarmup(
            sp.GetRequiredService<VideoLibraryOptions>(),
            VideoPipeline.AssetsDirectoryOf(sp.GetRequiredService<DataLayout>()),
            sp.GetRequiredService<FfmpegRunner>(),
            sp.GetRequiredService<ILogger<VideoLibraryWarmup>>()));
        return services;
    }
}
