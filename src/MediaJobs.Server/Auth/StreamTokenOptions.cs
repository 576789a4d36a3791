using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Auth;

/// <summary>Short-lived tokens that let an <c>EventSource</c> (which cannot send headers) open an event stream.</summary>
public sealed class StreamTokenOptions
{
    public const string SectionName = "MediaJobs:Auth:StreamTokens";

    /// <summary>How long a token may be used to open (or reopen) a stream; an open stream is not cut when it expires.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "must be a duration from 00:00:01 to 1.00:00:00 (hh:mm:ss), e.g. 00:05:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The HMAC secret. Unset: random per process, so a token only works on the node that issued it;
    /// set the same value on every node behind one address.
    /// </summary>
    [MinLength(16, ErrorMessage = "must be at least 16 characters (or unset: a random secret per process).")]
    public string? Secret { get; set; }
}
