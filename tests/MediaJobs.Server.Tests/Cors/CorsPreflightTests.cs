using System.Net;
using MediaJobs.Server.Tests.Auth;

namespace MediaJobs.Server.Tests.Cors;

/// <summary>
/// A browser page on a loopback origin (the real frontends: MoneyPrinter's page, the Text-to-Video React app on
/// localhost:3000) may call every surface; a page from any other origin gets no CORS headers from a keyed server.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class CorsPreflightTests(AuthServerFixture keyed) : IClassFixture<AuthServerFixture>
{
    public const string LocalPage = "http://localhost:3000";

    /// <summary>One state-changing route per surface, as the real clients call them.</summary>
    public static TheoryData<string, string> Surfaces => new()
    {
        { "POST", "/api/jobs" },
        { "GET", "/api/browse" },
        { "POST", "/compat/moneyprinter/api/generate" },
        { "POST", "/compat/moneyprinter/api/upload-songs" },
        { "POST", "/compat/shrinkray/api/jobs" },
        { "DELETE", "/compat/shrinkray/api/jobs/some-id" },
        { "POST", "/compat/secretary/api/jobs/" },
        { "POST", "/compat/secretary/api/pdf/process" },
        { "GET", "/compat/secretary/api/jobs/some-id/stream" },
        { "POST", "/api/v1/generate" },
    };

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task Preflight_FromLocalhost3000_Is204WithCorsHeaders_OnAKeyedServer(string method, string path)
    {
        using var client = keyed.Client(null);

        using var response = await client.SendAsync(Preflight(path, method, LocalPage));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(LocalPage, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains(method, Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        Assert.Contains("authorization", Header(response, "Access-Control-Allow-Headers"), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("true", Header(response, "Access-Control-Allow-Credentials"));
    }

    [Theory]
    [MemberData(nameof(Surfaces))]
    public async Task Preflight_FromAnOtherOrigin_GetsNoCorsHeaders_OnAKeyedServer(string method, string path)
    {
        using var client = keyed.Client(null);

        using var response = await client.SendAsync(Preflight(path, method, "https://evil.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task KeyedServer_StillDemandsItsKey_FromAnAllowedOrigin_AndThePageCanReadThe401()
    {
        using var client = keyed.Client(null);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/compat/shrinkray/api/jobs");
        request.Headers.Add("Origin", LocalPage);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(LocalPage, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task AllowedOrigin_WithItsKey_GetsTheAnswerAndExposedHeaders()
    {
        using var client = keyed.Client(AuthServerFixture.AliceKey);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jobs");
        request.Headers.Add("Origin", "http://127.0.0.1:8001");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("http://127.0.0.1:8001", Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("X-Correlation-ID", Header(response, "Access-Control-Expose-Headers"), StringComparison.OrdinalIgnoreCase);
    }

    internal static HttpRequestMessage Preflight(string path, string method, string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type,authorization");
        return request;
    }

    internal static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";
}
