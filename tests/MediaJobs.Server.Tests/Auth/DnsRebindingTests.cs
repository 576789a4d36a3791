using System.Net;
using MediaJobs.Server.Tests.Compat;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>
/// A page on <c>evil.example</c> re-pointed at 127.0.0.1 sends <c>Host</c> and <c>Origin</c> <c>evil.example</c>: a keyless
/// server refuses it with a 421 on every surface, in that surface's error shape; loopback names still work.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class DnsRebindingTests(DnsRebindingServer server) : IClassFixture<DnsRebindingServer>
{
    private const string Evil = "evil.example:5005";
    private const string AJob = "a1b2c3d4-e5f6-7890-abcd-ef1234567890";

    public static TheoryData<string, string, string?> MainPortRoutes => new()
    {
        { "GET", "/api/jobs", null },
        { "POST", "/api/jobs", """{"type":"noop","inputs":{"steps":1}}""" },
        { "POST", "/api/queue/pause", null },
        { "GET", "/healthz", null },
        { "GET", "/metrics", null },
        { "POST", "/mcp", """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""" },
        { "GET", "/", null },
        { "GET", "/jobs/" + AJob, null },
        { "GET", CompatErrorBody.MoneyPrinter + "/api/jobs/" + AJob, null },
        { "GET", CompatErrorBody.ShrinkRay + "/api/jobs", null },
        { "POST", CompatErrorBody.ShrinkRay + "/api/queue/pause", null },
        { "PUT", CompatErrorBody.ShrinkRay + "/api/config", """{"workers":2}""" },
        { "GET", CompatErrorBody.Secretary + "/api/jobs/batch/unknown-batch", null },
        { "GET", CompatErrorBody.TextToVideo + "/jobs", null },
    };

    [Theory]
    [MemberData(nameof(MainPortRoutes))]
    public async Task ForeignHost_OnAKeylessServer_Is421InTheSurfacesShape(string method, string path, string? json)
    {
        var (response, text) = await server.SendAsync(method, path, Evil, json: json, accept: path == "/mcp" ? "application/json, text/event-stream" : "text/html");

        SurfaceShape.AssertError(path, HttpStatusCode.MisdirectedRequest, response, text, $"{method} {path}");
        Assert.Contains("DNS rebinding", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DnsRebindingServer.MoneyPrinterPort, "/api/jobs/" + AJob, CompatErrorBody.MoneyPrinter)]
    [InlineData(DnsRebindingServer.ShrinkRayPort, "/api/stats", CompatErrorBody.ShrinkRay)]
    [InlineData(DnsRebindingServer.SecretaryPort, "/api/jobs/batch/unknown-batch", CompatErrorBody.Secretary)]
    [InlineData(DnsRebindingServer.TextToVideoPort, "/api/v1/jobs", CompatErrorBody.TextToVideo)]
    public async Task ForeignHost_OnACompatSurfacesOwnPort_Is421InItsShape(int port, string path, string surface)
    {
        var (response, text) = await server.SendAsync("GET", path, $"evil.example:{port}", port);
        var (loopback, _) = await server.SendAsync("GET", path, $"127.0.0.1:{port}", port);

        await CompatErrorBody.AssertAsync(response, HttpStatusCode.MisdirectedRequest, surface);
        Assert.Contains("DNS rebinding", text, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.MisdirectedRequest, loopback.StatusCode);
    }

    [Theory]
    [InlineData("127.0.0.1:5005")]
    [InlineData("localhost:5005")]
    [InlineData("[::1]:5005")]
    public async Task LoopbackHost_StillWorks_ApiAndDashboard(string host)
    {
        var (jobs, jobsText) = await server.SendAsync("GET", "/api/jobs", host);
        var (page, pageText) = await server.SendAsync("GET", "/", host, accept: "text/html");
        var (stats, _) = await server.SendAsync("GET", CompatErrorBody.ShrinkRay + "/api/stats", host);

        Assert.True(jobs.StatusCode == HttpStatusCode.OK, jobsText);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<title>dashboard</title>", pageText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
    }

    [Fact]
    public async Task ForeignHost_SubmitIsRefused_NoJobIsStored()
    {
        var (before, beforeText) = await server.SendAsync("GET", "/api/jobs", "127.0.0.1:5005");
        await server.SendAsync("POST", "/api/jobs", Evil, json: """{"type":"noop","inputs":{"steps":1}}""");
        var (after, afterText) = await server.SendAsync("GET", "/api/jobs", "127.0.0.1:5005");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(Total(beforeText), Total(afterText));
    }

    private static int Total(string json) => (int)System.Text.Json.Nodes.JsonNode.Parse(json)!["total"]!;
}
