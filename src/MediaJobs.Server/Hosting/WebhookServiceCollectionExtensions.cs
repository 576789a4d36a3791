using MediaJobs.Core.Hosting;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Compat.Secretary;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Hosting;

/// <summary>Signed webhooks: options (<c>MediaJobs:Webhooks</c>), the guarded HTTP sender, the dispatcher over the store's outbox.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsWebhooks(this IServiceCollection services)
    {
        services.AddValidatedOptions<WebhookOptions>(WebhookOptions.SectionName);
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        // Every job's webhook bodies are seed 003's (docs/api.md, Webhooks).
        services.AddSingleton<IWebhookPayloadFormat, SecretaryWebhookPayloads>();
        // The outbox is the store itself; a store without one (e.g. a test wrapper) runs without webhooks.
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<IJobStore>() is IWebhookOutbox outbox
            ? new WebhookDispatcher(
                sp.GetRequiredService<IJobStore>(),
                outbox,
                sp.GetRequiredService<IWebhookSender>(),
                sp.GetRequiredService<IWebhookPayloadFormat>(),
                sp.GetRequiredService<WebhookOptions>(),
                sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<WebhookDispatcher>>())
            : new WebhooksUnavailable(sp.GetRequiredService<IJobStore>(), sp.GetRequiredService<ILogger<WebhooksUnavailable>>()));
        return services;
    }
}
