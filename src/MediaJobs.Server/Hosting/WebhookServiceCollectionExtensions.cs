using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Hosting;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Api.Webhooks;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Hosting;

/// <summary>Signed webhooks: options (<c>MediaJobs:Webhooks</c>), the guarded HTTP sender, the dispatcher over the store's outbox.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsWebhooks(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebhookOptions>(WebhookOptions.SectionName);
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        // The native body (docs/api.md, Webhooks), unless the job's surface registered its own (ISurfaceWebhookPayloads).
        services.AddSingleton<JobWebhookPayloads>();
        services.AddSingleton<IWebhookPayloadFormat>(sp => new WebhookPayloadRouter(
            sp.GetRequiredService<JobWebhookPayloads>(), sp.GetServices<ISurfaceWebhookPayloads>()));
        // The outbox is part of every store's contract.
        services.AddSingleton<IHostedService>(sp => new WebhookDispatcher(
            sp.GetRequiredService<IJobStore>(),
            sp.GetRequiredService<IWebhookSender>(),
            sp.GetRequiredService<IWebhookPayloadFormat>(),
            sp.GetRequiredService<WebhookOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WebhookDispatcher>>(),
            sp.GetService<MediaJobsMetrics>()));
        return services;
    }
}
