namespace MediaJobs.Core.Webhooks;

/// <summary>
/// The durable webhook outbox a store keeps beside the event log. The dispatcher turns events
/// after <see cref="GetWebhookCursorAsync"/> into rows, then claims due rows, sends them and
/// records each attempt. Every store implements it and passes the conformance suite.
/// </summary>
public interface IWebhookOutbox
{
    /// <summary>The id of the last event already turned into rows (0 on a new store).</summary>
    Task<long> GetWebhookCursorAsync(CancellationToken ct);

    /// <summary>
    /// Inserts rows and moves the cursor to <paramref name="cursor"/> (never backwards), in one transaction.
    /// A row whose (event id, url) already exists is skipped: enqueueing is idempotent. Returns how many were inserted.
    /// </summary>
    Task<int> AddWebhookDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, long cursor, CancellationToken ct);

    /// <summary>
    /// Claims up to <paramref name="max"/> Pending rows due at <paramref name="now"/>, oldest due first
    /// (ties by event id), by pushing their next attempt to <paramref name="leaseUntil"/>: another
    /// dispatcher does not take them meanwhile, and a crash mid-send retries them after the lease.
    /// </summary>
    Task<IReadOnlyList<WebhookDelivery>> ClaimDueWebhooksAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct);

    /// <summary>Writes an attempt's outcome, and appends its event (unless the job was deleted), in one transaction.</summary>
    Task RecordWebhookAttemptAsync(WebhookAttempt attempt, CancellationToken ct);

    /// <summary>A job's rows, oldest first.</summary>
    Task<IReadOnlyList<WebhookDelivery>> ListWebhookDeliveriesAsync(string jobId, CancellationToken ct);

    /// <summary>The earliest next attempt of any Pending row, or null when none is pending.</summary>
    Task<DateTimeOffset?> GetNextWebhookDueAsync(CancellationToken ct);

    /// <summary>
    /// A manual resend: puts a finished row (Delivered or Failed) of <paramref name="jobId"/> back to Pending, due at
    /// <paramref name="now"/>, its attempts counted afresh. Returns the row, or null when the job has no such row or it
    /// is still pending.
    /// </summary>
    Task<WebhookDelivery?> ResendWebhookDeliveryAsync(string jobId, string deliveryId, DateTimeOffset now, CancellationToken ct);
}
