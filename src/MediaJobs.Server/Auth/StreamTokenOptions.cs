namespace MediaJobs.Server.Auth;

/// <summary>Short-lived tokens that let an <c>EventSource</c> (which cannot send headers) open an event stream.</summary>
public sealed class StreamTokenOptions
{
    public const string SectionName = "MediaJobs:Auth:StreamTokens";

    /// <summary>How long a token may be used to open (or reopen) a stream; an open stream is not cut when it expires.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The HMAC secret. Unset: random per process, so a token only works on the node that issued it;
    /// set the same value on every node behind one address.
    /// </summary>
    public string? Secret { get; set; }
}
