using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Diagnostics;

namespace MediaJobs.Server.Hosting;

/// <summary>The job types this server runs. Add each new pipeline here.</summary>
public static class PipelineServiceCollectionExtensions
{
    public static IServiceCollection AddPipelines(this IServiceCollection services)
    {
        services.AddSingleton<IJobPipeline, NoopPipeline>();
        return services;
    }
}
