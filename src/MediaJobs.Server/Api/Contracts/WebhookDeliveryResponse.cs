namespace MediaJobs.Server.Api.Contracts;

/// <summary>One webhook delivery of a job: what was sent where, and how it went. The token is never shown.</summary>
internal sealed record WebhookDeliveryResponse(
    string Id,
    long EventId,
    string Webhook,
    string Url,
    string Status,
    int Attempts,
    DateTimeOffset? NextAttemptUtc,
    int? LastStatusCode,
    string? LastError,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? CompletedUtc);
