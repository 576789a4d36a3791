using MediaJobs.Core.Engine;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Diagnostics;

namespace MediaJobs.Server.Hosting;

/// <summary>The external-tool services and the job types this server runs. Add each new pipeline here.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipelines(this IServiceCollection services)
    {
        services.AddMediaTools();
        services.AddSingleton(sp => new MediaRoots(
            sp.GetRequiredService<IConfiguration>().GetSection("MediaJobs:MediaRoots").Get<string[]>() ?? []));
        services.AddSingleton<Browse.ProbeCache>();
        services.AddSingleton<Browse.MediaBrowser>();
        services.AddSingleton<Compat.ShrinkRay.ShrinkRayConfig>();
        services.AddSingleton<IJobPipeline, NoopPipeline>();
        services.AddSingleton<IJobPipeline, TestPatternPipeline>();
        services.AddVideoPipeline();
        services.AddTranscode();
        services.AddDocuments();
        return services;
    }

    /// <summary>Tool paths come from the <c>MediaTools</c> section; bare names are found on PATH.</summary>
    public static IServiceCollection AddMediaTools(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = new MediaToolsOptions();
            sp.GetRequiredService<IConfiguration>().GetSection(MediaToolsOptions.SectionName).Bind(options);
            return new ToolLocator(options);
        });
        services.AddSingleton(sp => new ProcessRunner(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<FfmpegRunner>();
        services.AddSingleton<FfprobeClient>();
        services.AddSingleton<ToolPreflight>();
        services.AddSingleton<ToolReport>();
        services.AddSingleton<IStrayProcessReaper, StrayProcessReaper>();
        return services;
    }
}
