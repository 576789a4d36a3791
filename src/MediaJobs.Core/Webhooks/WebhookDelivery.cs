namespace MediaJobs.Core.Webhooks;

/// <summary>
/// One outbox row: a signed POST of <see cref="Payload"/> to <see cref="Url"/>, explaining event
/// <see cref="EventId"/> of job <see cref="JobId"/>. <see cref="Id"/> is the <c>webhook-id</c> header,
/// the same on every attempt. A store keeps at most one row per (<see cref="EventId"/>, <see cref="Url"/>).
/// </summary>
public sealed record WebhookDelivery
{
    public required string Id { get; init; }
    public required string JobId { get; init; }
    public required long EventId { get; init; }
    /// <summary>What the payload says: <c>progress</c>, <c>completed</c>, <c>failed</c>, <c>cancelled</c>, <c>skipped</c>.</summary>
    public required string Kind { get; init; }
    public required string Url { get; init; }
    public string? Token { get; init; }
    /// <summary>The exact JSON body that is signed and sent.</summary>
    public required string Payload { get; init; }
    public WebhookDeliveryStatus Status { get; init; } = WebhookDeliveryStatus.Pending;
    public int Attempts { get; init; }
    /// <summary>When the next attempt is due (Pending rows only).</summary>
    public DateTimeOffset? NextAttemptUtc { get; init; }
    public int? LastStatusCode { get; init; }
    public string? LastError { get; init; }
    public required DateTimeOffset CreatedUtc { get; init; }
    /// <summary>When it was delivered or given up.</summary>
    public DateTimeOffset? CompletedUtc { get; init; }

    /// <summary>A new outbox id (<c>msg_</c> + a time-ordered UUID), unique across nodes.</summary>
    public static string NewId(TimeProvider time) => "msg_" + Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
}
