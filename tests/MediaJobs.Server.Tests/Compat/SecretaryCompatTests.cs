using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Webhooks;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Seed 003's examples, each as assertions against the live server under /compat/secretary.</summary>
[Trait("Tier", "Media")]
public sealed partial class SecretaryCompatTests(SecretaryServerFixture fixture) : IClassFixture<SecretaryServerFixture>
{
    private const string Base = "/compat/secretary";
    private const string KnownText = "Quarterly Planning Meeting";
    private static readonly string[] JobFields =
        ["job_id", "job_type", "status", "created_at", "updated_at", "started_at", "completed_at", "user_id", "batch_id", "parameters", "progress", "results", "error"];

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex IsoUtc();

    private string PdfRequest(string method = "combined") => new JsonObject
    {
        ["job_type"] = "pdf",
        ["parameters"] = new JsonObject { ["filename"] = fixture.Pdf, ["extraction_method"] = method },
    }.ToJsonString();

    private static JsonObject Data(JsonObject body)
    {
        Assert.Equal(["status", "data"], body.Select(p => p.Key));
        Assert.Equal("success", (string?)body["status"]);
        return body["data"]!.AsObject();
    }

    private async Task<JsonObject> CreateAsync(string body, string path = "/api/jobs/")
    {
        using var response = await _client.PostJsonAsync(Base + path, body);
        var json = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, json.ToJsonString());
        var data = Data(json);
        Assert.Equal(["job_id", "job"], data.Select(p => p.Key));
        return data;
    }

    private async Task<JsonObject> FinishedAsync(string id)
    {
        await _client.WaitForFinalAsync(id);
        return Data(await _client.GetJsonAsync($"{Base}/api/jobs/{id}"));
    }

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code, string? field = null)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(["status", "error"], body.Select(p => p.Key));
        Assert.Equal("error", (string?)body["status"]);
        var error = body["error"]!.AsObject();
        Assert.Equal(["code", "message", "details"], error.Select(p => p.Key));
        Assert.Equal(code, (string?)error["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
        Assert.Equal(field, (string?)error["details"]?["field"]);
    }

    [Fact]
    public async Task CreateJob_SeedBody_PendingInEnvelope_ThenCompletedWithTextProgressResultsAndLogs()
    {
        var body = new JsonObject
        {
            ["job_type"] = "pdf",
            ["parameters"] = new JsonObject { ["filename"] = fixture.Pdf, ["extraction_method"] = "combined", ["template"] = "MeetingMinutes", ["use_cache"] = true },
            ["user_id"] = "optional-user-id",
        };
        var data = await CreateAsync(body.ToJsonString());

        var id = (string)data["job_id"]!;
        var created = data["job"]!.AsObject();
        Assert.Equal(JobFields, created.Select(p => p.Key));
        Assert.Equal(id, (string?)created["job_id"]);
        Assert.Equal("pdf", (string?)created["job_type"]);
        Assert.Equal("pending", (string?)created["status"]);
        Assert.Matches(IsoUtc(), (string?)created["created_at"]);
        Assert.Equal("optional-user-id", (string?)created["user_id"]);
        Assert.Equal("combined", (string?)created["parameters"]!["extraction_method"]);
        Assert.Equal("MeetingMinutes", (string?)created["parameters"]!["template"]);

        var job = await FinishedAsync(id);

        Assert.Equal([.. JobFields, "logs"], job.Select(p => p.Key));
        Assert.Equal("completed", (string?)job["status"]);
        Assert.All(new[] { "created_at", "updated_at", "started_at", "completed_at" }, f => Assert.Matches(IsoUtc(), (string?)job[f]));
        Assert.Equal("""{"step":"completed","percent":100,"message":"Processing completed"}""", job["progress"]!.ToJsonString());
        var results = job["results"]!.AsObject();
        Assert.Contains(KnownText, (string?)results["structured_data"]!["extracted_text"]);
        Assert.IsType<JsonObject>(results["structured_data"]!["metadata"]);
        Assert.IsType<JsonArray>(results["assets"]);
        Assert.False(string.IsNullOrEmpty((string?)results["target_dir"]));
        Assert.Null(job["error"]);
        var logs = job["logs"]!.AsArray();
        Assert.NotEmpty(logs);
        Assert.All(logs, l =>
        {
            Assert.Equal(["timestamp", "level", "message"], l!.AsObject().Select(p => p.Key));
            Assert.Matches(IsoUtc(), (string?)l["timestamp"]);
            Assert.Contains((string?)l["level"], new[] { "info", "warning", "error" });
        });
    }

    [Fact]
    public async Task CreateJob_CurlExample_WorksWithAndWithoutTrailingSlash()
    {
        var withSlash = await CreateAsync(PdfRequest());
        var without = await CreateAsync(PdfRequest("native"), "/api/jobs");

        Assert.Equal("pending", (string?)withSlash["job"]!["status"]);
        Assert.Equal("completed", (string?)(await FinishedAsync((string)withSlash["job_id"]!))["status"]);
        Assert.Equal("completed", (string?)(await FinishedAsync((string)without["job_id"]!))["status"]);
    }

    [Fact]
    public async Task Transformer_Job_Completes()
    {
        var data = await CreateAsync("""{"job_type": "transformer", "parameters": {"text": "# Notes\nThe board approved the plan.", "template": "Summary"}}""");

        var job = await FinishedAsync((string)data["job_id"]!);

        Assert.Equal("transformer", (string?)job["job_type"]);
        Assert.Equal("completed", (string?)job["status"]);
        Assert.NotNull(job["results"]);
    }

    [Fact]
    public async Task Batch_SeedExample_PendingThenAggregateCounts()
    {
        var body = new JsonObject
        {
            ["batch_name"] = "My Batch",
            ["jobs"] = new JsonArray(JsonNode.Parse(PdfRequest("native")), JsonNode.Parse(PdfRequest("native"))),
        };
        using var response = await _client.PostJsonAsync($"{Base}/api/jobs/batch", body.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = Data(await response.ReadJsonAsync());
        Assert.Equal(["batch_id", "batch"], data.Select(p => p.Key));
        var batchId = (string)data["batch_id"]!;
        var batch = data["batch"]!.AsObject();
        Assert.Equal(["batch_id", "batch_name", "status", "job_count", "jobs"], batch.Select(p => p.Key));
        Assert.Equal(batchId, (string?)batch["batch_id"]);
        Assert.Equal("My Batch", (string?)batch["batch_name"]);
        Assert.Equal("pending", (string?)batch["status"]);
        Assert.Equal(2, (int)batch["job_count"]!);
        var ids = batch["jobs"]!.AsArray().Select(j => (string)j!["job_id"]!).ToList();
        Assert.All(batch["jobs"]!.AsArray(), j => Assert.Equal(batchId, (string?)j!["batch_id"]));

        foreach (var id in ids)
        {
            await _client.WaitForFinalAsync(id);
        }
        var status = Data(await _client.GetJsonAsync($"{Base}/api/jobs/batch/{batchId}"));

        Assert.Equal(["batch_id", "batch_name", "status", "job_count", "completed_count", "failed_count", "jobs"], status.Select(p => p.Key));
        Assert.Equal("My Batch", (string?)status["batch_name"]);
        Assert.Equal("completed", (string?)status["status"]);
        Assert.Equal(2, (int)status["job_count"]!);
        Assert.Equal(2, (int)status["completed_count"]!);
        Assert.Equal(0, (int)status["failed_count"]!);
        Assert.Equal(ids.Order(StringComparer.Ordinal), status["jobs"]!.AsArray().Select(j => (string)j!["job_id"]!));
        Assert.All(status["jobs"]!.AsArray(), j => Assert.Equal("completed", (string?)j!["status"]));
    }

    [Fact]
    public async Task Batch_OneJobFails_CountsItAndReportsTheErrorOnTheJob()
    {
        var body = new JsonObject
        {
            ["batch_name"] = "Mixed",
            ["jobs"] = new JsonArray(JsonNode.Parse(PdfRequest("native")), JsonNode.Parse(PdfRequest("mistral_ocr"))),
        };
        using var response = await _client.PostJsonAsync($"{Base}/api/jobs/batch", body.ToJsonString());
        var data = Data(await response.ReadJsonAsync());
        var ids = data["batch"]!["jobs"]!.AsArray().Select(j => (string)j!["job_id"]!).ToList();
        foreach (var id in ids)
        {
            await _client.WaitForFinalAsync(id);
        }

        var status = Data(await _client.GetJsonAsync($"{Base}/api/jobs/batch/{data["batch_id"]}"));
        var failed = Data(await _client.GetJsonAsync($"{Base}/api/jobs/{ids[1]}"));

        Assert.Equal("completed", (string?)status["status"]);
        Assert.Equal(1, (int)status["completed_count"]!);
        Assert.Equal(1, (int)status["failed_count"]!);
        Assert.Equal("failed", (string?)failed["status"]);
        Assert.Equal("failed", (string?)failed["progress"]!["step"]);
        Assert.StartsWith("MissingApiKey", (string?)failed["error"]!["code"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task DownloadArchive_CompletedPdfJob_UnzipsWithResultsAndText()
    {
        var id = (string)(await CreateAsync(PdfRequest("native")))["job_id"]!;
        await _client.WaitForFinalAsync(id);

        using var response = await _client.GetAsync($"{Base}/api/jobs/{id}/download-archive");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("results.json", names);
        Assert.Contains("text.txt", names);
        using var text = new StreamReader(zip.GetEntry("text.txt")!.Open());
        Assert.Contains(KnownText, await text.ReadToEndAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Webhook_InParametersOrTopLevel_CompletionArrivesWithExtractedText(bool inParameters)
    {
        var clientJobId = "client_job_" + Guid.NewGuid().ToString("N");
        var webhook = new JsonObject { ["url"] = fixture.Receiver.Url(), ["token"] = "webhook_auth_token", ["jobId"] = clientJobId };
        var body = JsonNode.Parse(PdfRequest("native"))!.AsObject();
        if (inParameters)
        {
            body["parameters"]!["webhook"] = webhook;
        }
        else
        {
            body["webhook"] = webhook;
        }

        var data = await CreateAsync(body.ToJsonString());
        var completion = await fixture.Receiver.NextMatchingAsync(h => h.Phase() == "completed" && (string?)h.Json()["process"]?["id"] == clientJobId);

        Assert.False(data["job"]!["parameters"]!.AsObject().ContainsKey("webhook"));
        var payload = completion.Json();
        Assert.Equal("Processing completed", (string?)payload["message"]);
        Assert.Contains(KnownText, (string?)payload["data"]!["extracted_text"]);
        Assert.IsType<JsonObject>(payload["data"]!["metadata"]);
        Assert.Equal("Bearer webhook_auth_token", completion.Header("authorization"));
        Assert.Equal((string?)data["job_id"], (string?)payload["process"]!["jobId"]);
        var progress = fixture.Receiver.All.Where(h => h.Phase() == "processing" && (string?)h.Json()["process"]?["id"] == clientJobId).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, h => Assert.InRange(h.Json()["progress"]!.GetValue<int>(), 0, 100));
    }

    [Theory]
    [InlineData("/api/jobs/job-id-123")]
    [InlineData("/api/jobs/batch/batch-id-123")]
    [InlineData("/api/jobs/job-id-123/download-archive")]
    public async Task UnknownIds_Return404InSeedErrorShape(string path)
    {
        using var response = await _client.GetAsync(Base + path);

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Fact]
    public async Task NonDocumentJob_IsNotVisibleHere()
    {
        var id = await _client.SubmitNoopAsync(steps: 1);

        using var response = await _client.GetAsync($"{Base}/api/jobs/{id}");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "NOT_FOUND");
    }

    [Theory]
    [InlineData("/api/jobs/", """{"parameters": {}}""", "job_type")]
    [InlineData("/api/jobs/", """{"job_type": "video", "parameters": {}}""", "job_type")]
    [InlineData("/api/jobs/", """{"job_type": "pdf", "parameters": "x"}""", "parameters")]
    [InlineData("/api/jobs/", """{"job_type": "pdf", "parameters": {}}""", "parameters.filename")]
    [InlineData("/api/jobs/", """{"job_type": "pdf", "parameters": {"filename": "/nowhere/file.pdf"}}""", "parameters.filename")]
    [InlineData("/api/jobs/", """{"job_type": "pdf", "parameters": {"filename": "/x.pdf", "webhook": {"token": "t"}}}""", "parameters.webhook.url")]
    [InlineData("/api/jobs/batch", """{"batch_name": "B"}""", "jobs")]
    [InlineData("/api/jobs/batch", """{"batch_name": "B", "jobs": []}""", "jobs")]
    [InlineData("/api/jobs/batch", """{"batch_name": "B", "jobs": [{"parameters": {}}]}""", "jobs[0].job_type")]
    public async Task BadRequests_Return400InSeedErrorShapeNamingTheField(string path, string body, string field)
    {
        using var response = await _client.PostJsonAsync(Base + path, body);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST", field);
    }

    [Fact]
    public async Task MalformedJson_Returns400InSeedErrorShape()
    {
        using var response = await _client.PostJsonAsync($"{Base}/api/jobs/", "{not json");

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "INVALID_REQUEST");
    }
}
