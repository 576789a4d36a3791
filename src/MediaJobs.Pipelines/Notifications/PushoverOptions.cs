namespace MediaJobs.Pipelines.Notifications;

/// <summary>A Pushover-compatible service: a form POST to <c>{BaseUrl}/1/messages.json</c> with token, user and message.</summary>
public sealed class PushoverOptions
{
    public string BaseUrl { get; set; } = "https://api.pushover.net";

    public string? Token { get; set; }

    public string? User { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Token) && !string.IsNullOrWhiteSpace(User);
}
