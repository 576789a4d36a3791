namespace MediaJobs.Core.Events;

/// <summary>Event type names. The first six are seed 000's SSE event names.</summary>
public static class JobEventTypes
{
    public const string StepProgress = "step-progress";
    public const string StepStatus = "step-status";
    public const string StepError = "step-error";
    public const string JobStatus = "job-status";
    public const string JobCompleted = "job-completed";
    public const string JobFailed = "job-failed";
    /// <summary>A free-text log line from a step or the engine.</summary>
    public const string Log = "log";
    /// <summary>A warning attached to the job (e.g. a provider fell back to a local one).</summary>
    public const string Warning = "warning";
    /// <summary>The job was deleted by a clear; its earlier events are gone with it.</summary>
    public const string JobRemoved = "job-removed";
    /// <summary>A webhook row was delivered (payload: deliveryId, webhook, eventId, attempts, statusCode).</summary>
    public const string WebhookDelivered = "webhook-delivered";
    /// <summary>A webhook row ended failed after its last attempt (payload as above, plus error).</summary>
    public const string WebhookFailed = "webhook-failed";

    /// <summary>Webhook bookkeeping: it never becomes a webhook itself, and it does not mean the job ran again.</summary>
    public static bool IsWebhook(JobEvent e) => e?.Type is WebhookDelivered or WebhookFailed;

    /// <summary>True for the event that ends a job's run (a stream of that job may close after it).</summary>
    public static bool IsTerminal(JobEvent e) => e.Type switch
    {
        JobCompleted or JobFailed or JobRemoved => true,
        JobStatus => e.Payload["status"]?.GetValue<string>() is "Cancelled" or "Skipped",
        _ => false,
    };
}
