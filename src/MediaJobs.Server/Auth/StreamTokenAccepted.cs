namespace MediaJobs.Server.Auth;

/// <summary>
/// Endpoint metadata: this route also accepts <c>?access_token=</c> (a stream token) instead of a key, for what a
/// browser loads by URL and cannot add a header to: an <c>EventSource</c> (<see cref="EventStreams"/>, and only
/// in its SSE form) or a <c>&lt;video&gt;</c>/download link (<see cref="Downloads"/>).
/// </summary>
public sealed class StreamTokenAccepted
{
    public const string QueryName = "access_token";

    private StreamTokenAccepted(bool sseOnly) => SseOnly = sseOnly;

    public static StreamTokenAccepted EventStreams { get; } = new(sseOnly: true);

    public static StreamTokenAccepted Downloads { get; } = new(sseOnly: false);

    /// <summary>Only when the request asks for text/event-stream (the route's JSON form needs the key).</summary>
    public bool SseOnly { get; }
}
