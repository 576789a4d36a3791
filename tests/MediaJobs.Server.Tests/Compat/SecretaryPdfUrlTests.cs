using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Secretary's PDF by URL (its <c>process-url</c> route, <c>url</c> in the <c>process</c> form and in a job's
/// <c>parameters</c>), fetched from a loopback server the configuration allows, under the uploads' limits; and
/// <c>wait_ms</c> answering as the job ends, not on the next heartbeat.
/// </summary>
[Trait("Tier", "Media")]
public sealed class SecretaryPdfUrlTests(SecretaryUrlServerFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<SecretaryUrlServerFixture>
{
    private const string Base = "/compat/secretary/api";
    private const string KnownText = "Quarterly Planning Meeting";
    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task ProcessUrl_FromAnAllowedLoopbackServer_WaitsAndAnswersWithTheText()
    {
        fixture.Files.Files["/reports/q3.pdf"] = new ServedFile("application/pdf", fixture.Pdf);

        using var response = await PostAsync("/pdf/process-url", ("url", fixture.Files.Url("/reports/q3.pdf")), ("extraction_method", "native"), ("wait_ms", "30000"));
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("success", (string?)body["status"]);
        Assert.Contains(KnownText, (string?)body["data"]?["extracted_text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Process_UrlFieldInsteadOfAFile_AndJobsRouteParametersUrl_AreFetched()
    {
        fixture.Files.Files["/chunked.pdf"] = new ServedFile(null, fixture.Pdf, Chunked: true);

        using var form = await PostAsync("/pdf/process", ("url", fixture.Files.Url("/chunked.pdf")), ("wait_ms", "30000"));
        using var job = await _client.PostJsonAsync($"{Base}/jobs/", new JsonObject { ["job_type"] = "pdf", ["parameters"] = new JsonObject { ["url"] = fixture.Files.Url("/chunked.pdf") } }.ToJsonString());
        var created = await job.ReadJsonAsync();
        var id = (string)created["data"]!["job_id"]!;
        await _client.WaitForFinalAsync(id);
        var finished = await _client.GetJsonAsync($"{Base}/jobs/{id}");

        Assert.Contains(KnownText, (string?)(await form.ReadJsonAsync())["data"]?["extracted_text"], StringComparison.Ordinal);
        Assert.Equal("completed", (string?)finished["data"]!["status"]);
    }

    [Theory]
    [InlineData("/big.pdf", "application/pdf", false, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE")]
    [InlineData("/big-chunked.pdf", "application/pdf", true, HttpStatusCode.RequestEntityTooLarge, "PAYLOAD_TOO_LARGE")]
    [InlineData("/page.html", "text/html", false, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("/not-a-pdf.pdf", "application/pdf", false, HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("/missing.pdf", "application/pdf", false, HttpStatusCode.BadGateway, "DOWNLOAD_FAILED")]
    public async Task ProcessUrl_OverSizeWrongTypeOrMissing_IsRefusedAndStoresNothing(string path, string type, bool chunked, HttpStatusCode status, string code)
    {
        byte[] content = path switch
        {
            "/page.html" => "<html><body>not here</body></html>"u8.ToArray(),
            "/not-a-pdf.pdf" => "just some text, no PDF header"u8.ToArray(),
            _ => [.. fixture.Pdf, .. new byte[SecretaryUrlServerFixture.MaxBytes]],
        };
        if (path != "/missing.pdf")
        {
            fixture.Files.Files[path] = new ServedFile(type, content, chunked);
        }
        var before = await TotalAsync();

        using var response = await PostAsync("/pdf/process-url", ("url", fixture.Files.Url(path)));
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == status, body.ToJsonString());
        Assert.Equal(code, (string?)body["error"]?["code"]);
        Assert.Equal("url", (string?)body["error"]?["details"]?["field"]);
        Assert.Equal(before, await TotalAsync());
        var uploads = Path.Combine(fixture.Server.DataDirectory, "uploads");
        Assert.DoesNotContain(Directory.Exists(uploads) ? Directory.EnumerateFiles(uploads, "*", SearchOption.AllDirectories) : [], f => f.Contains(path.TrimStart('/'), StringComparison.Ordinal));
    }

    /// <summary>
    /// The answer leaves as the job ends: measured from the job's own end event (its timestamp) to the answer arriving.
    /// The server's heartbeat is 15 s here; an answer that waited for the next event came 10–15 s late.
    /// </summary>
    [Theory]
    [InlineData("30000")]
    [InlineData("10000")]
    public async Task ProcessWait_JobEnds_AnswersWithinAMomentOfItsEndEvent(string waitMs)
    {
        var sent = DateTimeOffset.UtcNow;
        using var response = await PostAsync("/pdf/process", ("extraction_method", "native"), ("useCache", "false"), ("wait_ms", waitMs));
        var body = await response.ReadJsonAsync();
        var arrived = DateTimeOffset.UtcNow;

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        var id = (string)body["process"]!["id"]!;
        var events = (await _client.GetJsonAsync($"/api/jobs/{id}/events?after=0"))["events"]!.AsArray();
        var end = events.Single(e => (string?)e!["type"] == "job-completed")!;
        var endedAt = DateTimeOffset.Parse((string)end["timestampUtc"]!, System.Globalization.CultureInfo.InvariantCulture);
        var late = arrived - endedAt;
        output.WriteLine($"wait_ms={waitMs}: answer arrived {late.TotalMilliseconds:0} ms after the job's end event; request took {(arrived - sent).TotalMilliseconds:0} ms");
        Assert.True(late < TimeSpan.FromMilliseconds(500), $"answered {late.TotalMilliseconds:0} ms after the job's end event (request took {(arrived - sent).TotalMilliseconds:0} ms)");
        Assert.True(late > TimeSpan.FromMilliseconds(-50), $"the end event is stamped {-late.TotalMilliseconds:0} ms after the answer arrived");
    }

    private async Task<HttpResponseMessage> PostAsync(string route, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        if (route == "/pdf/process" && !fields.Any(f => f.Name == "url"))
        {
            var file = new ByteArrayContent(fixture.Pdf);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "document.pdf");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, Base + route) { Content = form };
        return await _client.SendAsync(request);
    }

    private async Task<int> TotalAsync() => (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();
}
