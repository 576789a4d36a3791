using MediaJobs.Core.Engine;
using MediaJobs.Core.Hosting;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Server.Hosting;

/// <summary>The external-tool services, the media roots, and the job types this server runs: each feature registers itself.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipelines(this IServiceCollection services)
    {
        services.AddMediaTools();
        services.AddSingleton(sp => new MediaRoots(
            sp.GetRequiredService<IConfiguration>().GetSection("MediaJobs:MediaRoots").Get<string[]>() ?? []));
        services.AddSingleton<Browse.ProbeCache>();
        services.AddSingleton<Browse.MediaBrowser>();
        services.AddDiagnostics();
        services.AddVideo();
        services.AddTranscode();
        services.AddDocuments();
        return services;
    }

    /// <summary>Tool paths come from the <c>MediaTools</c> section; bare names are found on PATH.</summary>
    public static IServiceCollection AddMediaTools(this IServiceCollection services)
    {
        services.AddValidatedOptions<MediaToolsOptions>(MediaToolsOptions.SectionName);
        services.AddSingleton(sp => new ToolLocator(sp.GetRequiredService<MediaToolsOptions>()));
        services.AddSingleton(sp => new ProcessRunner(sp.GetRequiredService<TimeProvider>(), sp.GetService<MediaJobs.Core.Diagnostics.MediaJobsMetrics>()));
        services.AddSingleton<FfmpegRunner>();
        services.AddSingleton<FfprobeClient>();
        services.AddSingleton<ToolPreflight>();
        services.AddSingleton<ToolReport>();
        services.AddSingleton<MediaJobs.Core.Nodes.INodeTools, Nodes.PreflightNodeTools>();
        services.AddSingleton<IStrayProcessReaper, StrayProcessReaper>();
        return services;
    }
}
