using MediaJobs.Core.Events;

namespace MediaJobs.Core.Webhooks;

/// <summary>
/// The outcome of one attempt, written to the row in one transaction with <see cref="Event"/>
/// (a <c>webhook-delivered</c> / <c>webhook-failed</c> job event, only when the row ends).
/// </summary>
/// <param name="NextAttemptUtc">When <paramref name="Status"/> is Pending: when to try again.</param>
public sealed record WebhookAttempt(
    string DeliveryId,
    WebhookDeliveryStatus Status,
    int Attempts,
    DateTimeOffset? NextAttemptUtc,
    int? StatusCode,
    string? Error,
    DateTimeOffset Now,
    NewJobEvent? Event);
