using MediaJobs.Core.Hosting;
namespace MediaJobs.Server.Uploads;

/// <summary>The upload store, its options, the gate that holds each request to the quotas and the disk floor and the sweeper that removes uploads no job needs any more.</summary>
public static class UploadServiceCollectionExtensions
{
    public static IServiceCollection AddUploads(this IServiceCollection services)
    {
        services.AddValidatedOptions<UploadOptions>(UploadOptions.SectionName);
        services.AddSingleton<UploadStore>();
        services.AddSingleton<UploadGate>();
        services.AddSingleton<UploadSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadSweeper>());
        return services;
    }
}
