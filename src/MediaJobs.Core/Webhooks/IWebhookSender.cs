namespace MediaJobs.Core.Webhooks;

/// <summary>Sends one signed request. Implemented over HTTP by the server (with its address guard).</summary>
public interface IWebhookSender
{
    Task<WebhookSendResult> SendAsync(WebhookRequest request, CancellationToken ct);
}

/// <summary>A ready-to-send request: the body and the Standard Webhooks headers.</summary>
public sealed record WebhookRequest(string Url, string Body, string? BearerToken, IReadOnlyDictionary<string, string> Headers);

/// <param name="StatusCode">The answer's status, null when none came (network error, refusal).</param>
/// <param name="RetryAfter">The answer's Retry-After, already turned into a delay.</param>
/// <param name="Permanent">Do not retry (e.g. the address guard refused the target).</param>
public sealed record WebhookSendResult(int? StatusCode, TimeSpan? RetryAfter, string? Error, bool Permanent = false)
{
    public bool Delivered => StatusCode is >= 200 and < 300;
}
