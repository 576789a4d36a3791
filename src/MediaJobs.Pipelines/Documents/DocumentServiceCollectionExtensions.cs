using MediaJobs.Core.Hosting;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Common.Providers;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// The document job types <c>pdf</c>, <c>transformer</c> and <c>session</c> (seed 003), configured from
/// <c>MediaJobs:Documents</c> (<see cref="DocumentsOptions"/>, checked at start-up). Providers use the one provider HTTP client.
/// Needs the media tools, <see cref="MediaRoots"/> and <see cref="DataLayout"/> registered by the host.
/// </summary>
public static class DocumentServiceCollectionExtensions
{
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddProviderHttpClient();
        services.AddValidatedOptions<DocumentsOptions>(DocumentsOptions.SectionName);
        services.AddSingleton(sp => new DocumentJobDependencies(
            sp.GetRequiredService<ToolLocator>(),
            sp.GetRequiredService<ProcessRunner>(),
            sp.GetRequiredService<FfprobeClient>(),
            sp.GetRequiredService<MediaRoots>(),
            sp.GetRequiredService<DataLayout>(),
            sp.GetRequiredService<DocumentsOptions>(),
            sp.CreateProviderClient()));
        services.AddSingleton<IJobPipeline>(sp => new PdfPipeline(sp.GetRequiredService<DocumentJobDependencies>()));
        services.AddSingleton<IJobPipeline>(sp => new TransformerPipeline(sp.GetRequiredService<DocumentJobDependencies>()));
        services.AddSingleton<IJobPipeline>(sp => new SessionPipeline(sp.GetRequiredService<DocumentJobDependencies>()));
        return services;
    }
}
