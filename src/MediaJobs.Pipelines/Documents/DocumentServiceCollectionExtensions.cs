using MediaJobs.Core.Hosting;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// The document job types <c>pdf</c>, <c>transformer</c> and <c>session</c> (seed 003), configured from
/// <c>MediaJobs:Documents</c> (<see cref="DocumentsOptions"/>, checked at start-up). Cloud providers share one HTTP client.
/// Needs the media tools, <see cref="MediaRoots"/> and <see cref="DataLayout"/> registered by the host.
/// </summary>
public static class DocumentServiceCollectionExtensions
{
    public const string HttpClientName = "documents";

    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddHttpClient(HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(5));
        services.AddValidatedOptions<DocumentsOptions>(DocumentsOptions.SectionName);
        services.AddSingleton(sp => new DocumentServices(
            sp.GetRequiredService<ToolLocator>(),
            sp.GetRequiredService<ProcessRunner>(),
            sp.GetRequiredService<FfprobeClient>(),
            sp.GetRequiredService<MediaRoots>(),
            sp.GetRequiredService<DataLayout>(),
            sp.GetRequiredService<DocumentsOptions>(),
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<IJobPipeline>(sp => new PdfPipeline(sp.GetRequiredService<DocumentServices>()));
        services.AddSingleton<IJobPipeline>(sp => new TransformerPipeline(sp.GetRequiredService<DocumentServices>()));
        services.AddSingleton<IJobPipeline>(sp => new SessionPipeline(sp.GetRequiredService<DocumentServices>()));
        return services;
    }
}
