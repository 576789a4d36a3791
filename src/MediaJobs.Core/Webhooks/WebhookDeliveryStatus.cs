namespace MediaJobs.Core.Webhooks;

/// <summary>State of one outbox row. Stored as text.</summary>
public enum WebhookDeliveryStatus
{
    /// <summary>Waiting for its next attempt (the first, or a retry).</summary>
    Pending,
    /// <summary>A 2xx answer arrived.</summary>
    Delivered,
    /// <summary>Every attempt failed, or the target was refused; the last status and error are kept.</summary>
    Failed,
}
