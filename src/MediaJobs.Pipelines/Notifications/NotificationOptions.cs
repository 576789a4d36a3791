namespace MediaJobs.Pipelines.Notifications;

/// <summary>Configuration section <c>MediaJobs:Notifications</c>: where to say that the queue drained or a job failed.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "MediaJobs:Notifications";

    /// <summary>A generic webhook: receives a JSON POST per notification. Empty: none.</summary>
    public string? WebhookUrl { get; set; }

    public PushoverOptions Pushover { get; set; } = new();

    public bool OnQueueDrained { get; set; } = true;

    public bool OnJobFailed { get; set; } = true;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(WebhookUrl) || Pushover.IsEnabled;
}
