using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Hosting;

/// <summary>HTTP limits and timings (configuration section <c>MediaJobs:Http</c>).</summary>
public sealed class HttpApiOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Http";

    /// <summary>Largest JSON request body accepted; larger ones get a 413.</summary>
    [Range(1L, long.MaxValue, ErrorMessage = "must be a positive number of bytes.")]
    public long MaxJsonBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Seconds of silence after which an SSE stream sends a <c>: heartbeat</c> comment.</summary>
    [Range(0.05, 3600, ErrorMessage = "must be a number of seconds from 0.05 to 3600.")]
    public double SseHeartbeatSeconds { get; set; } = 15;

    /// <summary>
    /// How long a cancel or pause answer waits for the running job to be stopped (its tools gone, its status
    /// committed) before it answers that the job is still stopping.
    /// </summary>
    [Range(0, 60, ErrorMessage = "must be a number of seconds from 0 to 60.")]
    public double StopWaitSeconds { get; set; } = 5;

    /// <summary>
    /// Host names a server without keys also answers to, besides loopback ones (<c>media.example.org</c>, or
    /// <c>*.example.org</c> for its subdomains; a port is ignored). Any other <c>Host</c> gets a 421: a page whose
    /// name was re-pointed at 127.0.0.1 (DNS rebinding) must not reach a keyless server.
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>
    /// The address clients reach this server at (<c>https://media.example.org</c>): the base of every absolute link
    /// the server builds, and a host a keyless server answers to. Unset: the server's own loopback address.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    public TimeSpan StopWait => TimeSpan.FromSeconds(Math.Clamp(StopWaitSeconds, 0, 60));

    public TimeSpan SseHeartbeat => TimeSpan.FromSeconds(Math.Clamp(SseHeartbeatSeconds, 0.05, 3600));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(PublicBaseUrl)
            && (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.Query.Length > 0 || uri.Fragment.Length > 0))
        {
            yield return new ValidationResult("must be an absolute http(s) URL without query, e.g. https://media.example.org.", [nameof(PublicBaseUrl)]);
        }
        if (AllowedHosts.Any(h => string.IsNullOrWhiteSpace(h) || h.Contains('/', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("each entry is a host name (media.example.org or *.example.org), not a URL.", [nameof(AllowedHosts)]);
        }
    }
}
