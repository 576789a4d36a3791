using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Hosting;

/// <summary>
/// The base of absolute links the server hands out (MCP download URLs): <c>MediaJobs:Http:PublicBaseUrl</c>, else the
/// loopback address the server listens on. Never the request's <c>Host</c>, which the client chooses: a link built
/// from it would point wherever a forged or rebound request said.
/// </summary>
public sealed class PublicBaseUrl(IOptions<HttpApiOptions> options, IServer server)
{
    /// <summary>What an in-memory server (no addresses) links to.</summary>
    public const string Fallback = "http://localhost";

    /// <summary>The base without a trailing slash (<c>https://media.example.org</c>, <c>http://127.0.0.1:5005</c>).</summary>
    public string Value => Configured() ?? Bound() ?? Fallback;

    private string? Configured() =>
        string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl) ? null : options.Value.PublicBaseUrl.Trim().TrimEnd('/');

    /// <summary>The first loopback listen address; a wildcard one (<c>http://0.0.0.0:5005</c>) as 127.0.0.1.</summary>
    private string? Bound()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var uris = addresses.Select(a => Uri.TryCreate(a.Replace("://+", "://0.0.0.0", StringComparison.Ordinal)
                .Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var u) ? u : null)
            .OfType<Uri>().ToList();
        var loopback = uris.FirstOrDefault(u => u.IsLoopback) ?? uris.FirstOrDefault(u => u.Host is "0.0.0.0" or "[::]");
        if (loopback is null)
        {
            return null;
        }
        var host = loopback.IsLoopback ? loopback.Host : "127.0.0.1";
        return $"{loopback.Scheme}://{host}:{loopback.Port}";
    }
}
