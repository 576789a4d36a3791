using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Downloads;

/// <summary>The guarded downloader and its options (<c>MediaJobs:Downloads</c>).</summary>
public static class DownloadServiceCollectionExtensions
{
    public static IServiceCollection AddGuardedDownloads(this IServiceCollection services)
    {
        services.AddValidatedOptions<DownloadOptions>(DownloadOptions.SectionName);
        services.AddSingleton<GuardedDownloader>();
        return services;
    }
}
