using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Hosting;

/// <summary>Signed webhooks: options (<c>MediaJobs:Webhooks</c>), the guarded HTTP sender, the dispatcher over the store's outbox.</summary>
public static class WebhookServiceCollectionExtensions
{
    public static IServiceCollection AddMediaJobsWebhooks(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = new WebhookOptions();
            sp.GetRequiredService<IConfiguration>().GetSection(WebhookOptions.SectionName).Bind(options);
            return options;
        });
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        // The outbox is part of every store's contract.
        services.AddSingleton<IHostedService>(sp => new WebhookDispatcher(
            sp.GetRequiredService<IJobStore>(),
            sp.GetRequiredService<IWebhookSender>(),
            sp.GetRequiredService<WebhookOptions>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<WebhookDispatcher>>()));
        return services;
    }
}
