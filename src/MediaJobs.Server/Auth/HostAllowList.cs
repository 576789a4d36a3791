using System.Net;

namespace MediaJobs.Server.Auth;

/// <summary>
/// Which <c>Host</c> values a server without keys answers to (pure: unit-tested on strings). Loopback names and
/// addresses always (<c>localhost</c>, <c>*.localhost</c>, <c>127.0.0.0/8</c>, <c>[::1]</c>), the configured names and
/// the public base URL's host. A rebinding page's requests carry its own name (<c>evil.example</c>), so they fail here
/// even though they reach 127.0.0.1.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _exact = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = [];

    public HostAllowList(IEnumerable<string> allowedHosts, string? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(allowedHosts);
        foreach (var entry in allowedHosts.Select(h => h.Trim()).Where(h => h.Length > 0))
        {
            var name = NameOf(entry);
            if (name.StartsWith("*.", StringComparison.Ordinal))
            {
                _suffixes.Add(name[1..]);
            }
            else
            {
                _exact.Add(name);
            }
        }
        if (Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var uri))
        {
            _exact.Add(NameOf(uri.Authority));
        }
    }

    /// <summary>
    /// True for a loopback or configured name, or an IP literal equal to the address the request arrived on (a
    /// browser sends a name it resolved, never a bare address, when it was rebound).
    /// </summary>
    public bool Allows(string? hostHeader, IPAddress? localAddress = null)
    {
        if (string.IsNullOrWhiteSpace(hostHeader))
        {
            return false;
        }
        var name = NameOf(hostHeader.Trim());
        if (IsLoopbackName(name) || _exact.Contains(name)
            || _suffixes.Exists(s => name.Length > s.Length && name.EndsWith(s, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }
        return localAddress is not null && IPAddress.TryParse(name.Trim('[', ']'), out var literal)
            && (literal.Equals(localAddress) || (localAddress.IsIPv4MappedToIPv6 && literal.Equals(localAddress.MapToIPv4())));
    }

    /// <summary><c>localhost</c>, a name under <c>.localhost</c> (RFC 6761: always loopback), or a loopback address.</summary>
    public static bool IsLoopbackName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Equals(name, "localhost", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(name.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary>The host of a <c>Host</c> value without its port and trailing dot, IPv6 kept in brackets.</summary>
    private static string NameOf(string authority)
    {
        var name = authority;
        if (name.StartsWith('['))
        {
            var close = name.IndexOf(']', StringComparison.Ordinal);
            name = close > 0 ? name[..(close + 1)] : name;
        }
        else if (name.IndexOf(':', StringComparison.Ordinal) is var colon and >= 0 && name.LastIndexOf(':') == colon)
        {
            name = name[..colon];
        }
        return name.TrimEnd('.');
    }
}
