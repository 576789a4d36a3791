using MediaJobs.Core.Pipelines;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>Job types <c>noop</c> (measures the engine) and <c>diagnostics</c> (proves the tools work). Needs the media tools.</summary>
public static class DiagnosticsServiceCollectionExtensions
{
    public static IServiceCollection AddDiagnostics(this IServiceCollection services)
    {
        services.AddSingleton<IJobPipeline, NoopPipeline>();
        services.AddSingleton<IJobPipeline, TestPatternPipeline>();
        return services;
    }
}
