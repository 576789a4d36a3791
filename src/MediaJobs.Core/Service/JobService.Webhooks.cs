using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Service;

public sealed partial class JobService
{
    /// <summary>Sends a finished webhook delivery of the job again, now; null when it has no such row or the row is still pending.</summary>
    public async Task<WebhookDelivery?> ResendWebhookAsync(string jobId, string deliveryId, CancellationToken ct) =>
        store is IWebhookOutbox outbox ? await outbox.ResendWebhookDeliveryAsync(jobId, deliveryId, time.GetUtcNow(), ct) : null;
}
