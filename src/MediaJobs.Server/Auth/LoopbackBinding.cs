using System.Net;

namespace MediaJobs.Server.Auth;

/// <summary>Which configured listen URLs reach beyond this machine (a server without keys must not).</summary>
public static class LoopbackBinding
{
    /// <summary>The URLs whose host is not loopback (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, a LAN address, a host name other than localhost).</summary>
    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        return [.. urls.Where(u => !string.IsNullOrWhiteSpace(u) && !IsLoopback(u.Trim()))];
    }

    public static bool IsLoopback(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var rest = schemeEnd >= 0 ? url[(schemeEnd + 3)..] : url;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var authority = slash >= 0 ? rest[..slash] : rest;
        string host;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            host = close > 0 ? authority[1..close] : authority;
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority[..colon] : authority;
        }
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }

    /// <summary>The listen URLs from configuration: <c>urls</c> (semicolon list) and <c>Kestrel:Endpoints:*:Url</c>; <c>http_ports</c> bind every address.</summary>
    public static IReadOnlyList<string> ConfiguredUrls(IConfiguration configuration, string defaultUrl)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var urls = new List<string>();
        urls.AddRange((configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        foreach (var key in new[] { "http_ports", "https_ports" })
        {
            foreach (var port in (configuration[key] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                urls.Add("http://*:" + port);
            }
        }
        urls.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(e => e["Url"]).Where(u => !string.IsNullOrWhiteSpace(u))!);
        if (urls.Count == 0)
        {
            urls.Add(defaultUrl);
        }
        return urls;
    }
}
