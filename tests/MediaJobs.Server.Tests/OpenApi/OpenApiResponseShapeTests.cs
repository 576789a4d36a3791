using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>
/// Real answers of every surface match the schemas the document gives them. The queue is paused first,
/// so the jobs these tests create stay queued and cost nothing.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class OpenApiResponseShapeTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private const string MoneyPrinter = "/compat/moneyprinter";
    private const string ShrinkRay = "/compat/shrinkray";
    private const string Secretary = "/compat/secretary";
    private const string Missing = "00000000-0000-0000-0000-000000000000";

    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>Sends the request and checks its answer's status and body against the operation's documented response.</summary>
    private async Task<System.Text.Json.Nodes.JsonObject> CheckAsync(ServedDocument document, HttpMethod method, string url, string documentedPath, HttpStatusCode status, string? json = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        using var response = await _client.SendAsync(request);
        Assert.Equal(status, response.StatusCode);
        var contentType = response.Content.Headers.ContentType!.MediaType!;
        var body = await response.ReadJsonAsync();
        SchemaAssert.Matches(document, document.BodySchema(method.Method, documentedPath, (int)status, contentType), body, $"{method} {url}");
        return body;
    }

    private async Task<ServedDocument> PausedAsync()
    {
        var document = await ServedDocument.OfAsync(factory);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/queue/pause", $"{ShrinkRay}/api/queue/pause", HttpStatusCode.OK);
        return document;
    }

    [Fact]
    public async Task MoneyPrinterAnswers_MatchTheirSchemas()
    {
        var document = await PausedAsync();

        var id = (string)(await CheckAsync(document, HttpMethod.Post, $"{MoneyPrinter}/api/generate", $"{MoneyPrinter}/api/generate", HttpStatusCode.OK, """{"videoSubject": "shapes"}"""))["jobId"]!;
        await CheckAsync(document, HttpMethod.Get, $"{MoneyPrinter}/api/jobs/{id}", $"{MoneyPrinter}/api/jobs/{{id}}", HttpStatusCode.OK);
        var events = await CheckAsync(document, HttpMethod.Get, $"{MoneyPrinter}/api/jobs/{id}/events", $"{MoneyPrinter}/api/jobs/{{id}}/events", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"{MoneyPrinter}/api/jobs/{id}/events?after=x", $"{MoneyPrinter}/api/jobs/{{id}}/events", HttpStatusCode.BadRequest);
        await CheckAsync(document, HttpMethod.Post, $"{MoneyPrinter}/api/cancel", $"{MoneyPrinter}/api/cancel", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"{MoneyPrinter}/api/jobs/{id}/cancel", $"{MoneyPrinter}/api/jobs/{{id}}/cancel", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"{MoneyPrinter}/api/jobs/{Missing}", $"{MoneyPrinter}/api/jobs/{{id}}", HttpStatusCode.NotFound);
        await CheckAsync(document, HttpMethod.Post, $"{MoneyPrinter}/api/generate", $"{MoneyPrinter}/api/generate", HttpStatusCode.BadRequest, "{}");

        Assert.NotEmpty(events["events"]!.AsArray());
    }

    [Fact]
    public async Task TextToVideoAnswers_MatchTheirSchemas()
    {
        var document = await PausedAsync();

        var id = (string)(await CheckAsync(document, HttpMethod.Post, "/api/v1/generate", "/api/v1/generate", HttpStatusCode.Accepted, """{"text": "Shapes."}"""))["job_id"]!;
        await CheckAsync(document, HttpMethod.Get, $"/api/v1/status/{id}", "/api/v1/status/{id}", HttpStatusCode.OK);
        var list = await CheckAsync(document, HttpMethod.Get, "/api/v1/jobs", "/api/v1/jobs", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"/api/v1/download/{id}", "/api/v1/download/{id}", HttpStatusCode.BadRequest);
        await CheckAsync(document, HttpMethod.Get, $"/api/v1/status/{Missing}", "/api/v1/status/{id}", HttpStatusCode.NotFound);

        Assert.NotNull(list["jobs"]![id]);
    }

    [Fact]
    public async Task ShrinkRayAnswers_MatchTheirSchemas()
    {
        var document = await PausedAsync();

        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/queue/resume", $"{ShrinkRay}/api/queue/resume", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/queue/pause", $"{ShrinkRay}/api/queue/pause", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"{ShrinkRay}/api/jobs", $"{ShrinkRay}/api/jobs", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"{ShrinkRay}/api/stats", $"{ShrinkRay}/api/stats", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/stats/reset-session", $"{ShrinkRay}/api/stats/reset-session", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/jobs/clear?status=complete", $"{ShrinkRay}/api/jobs/clear", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/jobs/clear?status=running", $"{ShrinkRay}/api/jobs/clear", HttpStatusCode.BadRequest);
        await CheckAsync(document, HttpMethod.Post, $"{ShrinkRay}/api/jobs", $"{ShrinkRay}/api/jobs", HttpStatusCode.BadRequest, """{"paths": []}""");
        await CheckAsync(document, HttpMethod.Delete, $"{ShrinkRay}/api/jobs/{Missing}", $"{ShrinkRay}/api/jobs/{{id}}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task SecretaryAnswers_MatchTheirSchemas()
    {
        var document = await PausedAsync();
        const string Job = """{"job_type": "transformer", "parameters": {"text": "Shapes.", "template": "Summary"}, "user_id": "u1"}""";

        var created = await CheckAsync(document, HttpMethod.Post, $"{Secretary}/api/jobs/", $"{Secretary}/api/jobs", HttpStatusCode.OK, Job);
        var id = (string)created["data"]!["job_id"]!;
        await CheckAsync(document, HttpMethod.Get, $"{Secretary}/api/jobs/{id}", $"{Secretary}/api/jobs/{{job_id}}", HttpStatusCode.OK);
        var batch = await CheckAsync(document, HttpMethod.Post, $"{Secretary}/api/jobs/batch", $"{Secretary}/api/jobs/batch", HttpStatusCode.OK, $$"""{"batch_name": "shapes", "jobs": [{{Job}}]}""");
        await CheckAsync(document, HttpMethod.Get, $"{Secretary}/api/jobs/batch/{batch["data"]!["batch_id"]}", $"{Secretary}/api/jobs/batch/{{batch_id}}", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"{Secretary}/api/jobs/{id}/download-archive", $"{Secretary}/api/jobs/{{job_id}}/download-archive", HttpStatusCode.NotFound);
        await CheckAsync(document, HttpMethod.Post, $"{Secretary}/api/jobs/", $"{Secretary}/api/jobs", HttpStatusCode.BadRequest, """{"job_type": "video"}""");
        await CheckAsync(document, HttpMethod.Get, $"{Secretary}/api/jobs/batch/{Missing}", $"{Secretary}/api/jobs/batch/{{batch_id}}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task NativeAnswers_MatchTheirSchemas()
    {
        var document = await PausedAsync();

        var submitted = await CheckAsync(document, HttpMethod.Post, "/api/jobs", "/api/jobs", HttpStatusCode.Accepted, """{"type": "noop", "inputs": {"steps": 1}}""");
        var id = (string)submitted["jobId"]!;
        await CheckAsync(document, HttpMethod.Get, $"/api/jobs/{id}", "/api/jobs/{id}", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, "/api/jobs?limit=5", "/api/jobs", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"/api/jobs/{id}/events", "/api/jobs/{id}/events", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, $"/api/jobs/{id}/webhooks", "/api/jobs/{id}/webhooks", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, "/api/queue", "/api/queue", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, "/api/stats", "/api/stats", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, "/api/nodes", "/api/nodes", HttpStatusCode.OK);
        var batch = await CheckAsync(document, HttpMethod.Post, "/api/jobs/batch", "/api/jobs/batch", HttpStatusCode.Accepted, """{"jobs": [{"type": "noop"}]}""");
        await CheckAsync(document, HttpMethod.Get, $"/api/jobs/batch/{batch["batchId"]}", "/api/jobs/batch/{id}", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Post, $"/api/jobs/{id}/cancel", "/api/jobs/{id}/cancel", HttpStatusCode.Accepted);
        await CheckAsync(document, HttpMethod.Post, $"/api/jobs/{id}/retry", "/api/jobs/{id}/retry", HttpStatusCode.Accepted);
        await CheckAsync(document, HttpMethod.Post, "/api/jobs/clear?status=Cancelled", "/api/jobs/clear", HttpStatusCode.OK);
        await CheckAsync(document, HttpMethod.Get, "/api/jobs?limit=0", "/api/jobs", HttpStatusCode.BadRequest);
        await CheckAsync(document, HttpMethod.Get, $"/api/jobs/{Missing}", "/api/jobs/{id}", HttpStatusCode.NotFound);
    }
}
