using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// A PDF by URL on a server with the default download rules: loopback and private addresses are refused before any
/// connection (the webhooks' address guard), in Secretary's error shape naming the field, and no job is stored.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SecretaryPdfUrlGuardTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private const string Base = "/compat/secretary/api";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ProcessUrl_LoopbackServer_IsRefusedByDefault_WithoutBeingAsked()
    {
        await using var files = await LoopbackFileServer.StartAsync();
        files.Files["/doc.pdf"] = new ServedFile("application/pdf", "%PDF-1.4\n"u8.ToArray());
        var before = await TotalAsync();

        var body = await PostRefusedAsync("/pdf/process-url", files.Url("/doc.pdf"));

        Assert.Contains("loopback", (string?)body["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal("url", (string?)body["error"]!["details"]?["field"]);
        Assert.Empty(files.Requests);
        Assert.Equal(before, await TotalAsync());
    }

    [Theory]
    [InlineData("/pdf/process-url", "http://10.1.2.3/doc.pdf", "a private address")]
    [InlineData("/pdf/process-url", "http://192.168.7.8:8080/doc.pdf", "a private address")]
    [InlineData("/pdf/process-url", "http://169.254.169.254/latest/meta-data", "a cloud metadata address")]
    [InlineData("/pdf/process", "http://[::1]:9/doc.pdf", "a loopback address")]
    [InlineData("/pdf/process-url", "file:///etc/passwd", "not an http or https URL")]
    public async Task PdfByUrl_PrivateOrNotHttp_IsRefusedInSecretarysShape(string route, string url, string why)
    {
        var before = await TotalAsync();

        var body = await PostRefusedAsync(route, url);

        Assert.Contains(why, (string?)body["error"]!["message"], StringComparison.Ordinal);
        Assert.Equal(before, await TotalAsync());
    }

    [Fact]
    public async Task JobsRoute_ParametersUrlToAPrivateAddress_IsRefusedNamingIt()
    {
        using var response = await _client.PostJsonAsync($"{Base}/jobs/", """{"job_type": "pdf", "parameters": {"url": "http://10.0.0.7/report.pdf"}}""");
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("parameters.url", (string?)body["error"]!["details"]?["field"]);
        Assert.Contains("a private address", (string?)body["error"]!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessUrl_WithoutUrl_Is400NamingIt()
    {
        using var form = new MultipartFormDataContent { { new StringContent("native"), "extraction_method" } };
        using var response = await _client.PostAsync($"{Base}/pdf/process-url", form);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("url", (string?)body["error"]!["details"]?["field"]);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PostRefusedAsync(string route, string url)
    {
        using var form = new MultipartFormDataContent { { new StringContent(url), "url" }, { new StringContent("native"), "extraction_method" } };
        using var response = await _client.PostAsync(Base + route, form);
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, body.ToJsonString());
        Assert.Equal("error", (string?)body["status"]);
        Assert.Equal("INVALID_REQUEST", (string?)body["error"]!["code"]);
        return body;
    }

    private async Task<int> TotalAsync() => (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();
}
