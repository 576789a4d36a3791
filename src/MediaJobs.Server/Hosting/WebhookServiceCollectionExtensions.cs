using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Hosting;

/// <summary>Signed webhooks: options (<c>MediaJobs:Webhooks</c>), the store's outbox, the guarded HTTP sender, the dispatcher.</summary>
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
        services.AddSingleton(sp => sp.GetRequiredService<IJobStore>() as IWebhookOutbox
            ?? throw new InvalidOperationException("The configured job store keeps no webhook outbox."));
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        return services;
    }
}
