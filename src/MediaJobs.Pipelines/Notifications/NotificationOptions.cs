using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Hosting;

namespace MediaJobs.Pipelines.Notifications;

/// <summary>Configuration section <c>MediaJobs:Notifications</c>: where to say that the queue drained or a job failed.</summary>
public sealed class NotificationOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Notifications";

    /// <summary>A generic webhook: receives a JSON POST per notification. Empty: none.</summary>
    public string? WebhookUrl { get; set; }

    public PushoverOptions Pushover { get; set; } = new();

    public bool OnQueueDrained { get; set; } = true;

    public bool OnJobFailed { get; set; } = true;

    /// <summary>Both targets are URLs the notifier posts to.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!OptionRules.IsUnsetOrHttpUrl(WebhookUrl))
        {
            yield return new ValidationResult(OptionRules.HttpUrlMessage, [nameof(WebhookUrl)]);
        }
        if (!OptionRules.IsHttpUrl(Pushover.BaseUrl))
        {
            yield return new ValidationResult(OptionRules.HttpUrlMessage, [$"{nameof(Pushover)}:{nameof(PushoverOptions.BaseUrl)}"]);
        }
    }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(WebhookUrl) || Pushover.IsEnabled;
}
