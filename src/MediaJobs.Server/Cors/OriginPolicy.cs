using System.Net;

namespace MediaJobs.Server.Cors;

/// <summary>Decides whether a browser origin may call the API (pure: unit-tested on strings).</summary>
public sealed class OriginPolicy
{
    private readonly HashSet<string> _listed;

    public OriginPolicy(IEnumerable<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(allowedOrigins);
        var origins = allowedOrigins.Select(o => o.Trim()).Where(o => o.Length > 0).ToList();
        AllowsAny = origins.Contains("*");
        _listed = new HashSet<string>(origins.Where(o => o != "*").Select(Normalize), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><c>*</c> was configured: every origin may call, without credentials.</summary>
    public bool AllowsAny { get; }

    /// <summary>A loopback origin or a listed one (these may send credentials).</summary>
    public bool IsTrusted(string? origin) =>
        origin is { Length: > 0 } && (IsLoopback(origin) || _listed.Contains(Normalize(origin)));

    public bool IsAllowed(string? origin) => IsTrusted(origin) || (AllowsAny && origin is { Length: > 0 });

    /// <summary><c>http(s)://localhost:*</c>, <c>127.0.0.0/8</c> and <c>[::1]</c> on any port.</summary>
    public static bool IsLoopback(string origin)
    {
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.AbsolutePath is not ("/" or ""))
        {
            return false;
        }
        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    private static string Normalize(string origin) => origin.TrimEnd('/');
}
