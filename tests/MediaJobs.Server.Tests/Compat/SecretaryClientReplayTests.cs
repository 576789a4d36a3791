using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Secretary's documented offline clients (bCommonsLAB/CommonSecretaryServices docs/guide/offline-clients.md):
/// <c>process_pdf_with_sse</c> (multipart upload, then <c>stream_job_updates</c> reading <c>event:</c>/<c>data:</c> lines
/// until completed/error/timeout), <c>process_pdf_wait</c> (<c>wait_ms</c> as a form string) and the browser's
/// <c>submitPdf</c> + <c>streamJobUpdates</c> (FormData with the file first, from a page's origin), replayed with the
/// same method, path, headers and form as those clients build them, against a real PDF.
/// </summary>
[Trait("Tier", "Media")]
public sealed class SecretaryClientReplayTests(SecretaryServerFixture fixture) : IClassFixture<SecretaryServerFixture>
{
    private const string Base = "/compat/secretary/api";
    private const string KnownText = "Quarterly Planning Meeting";

    private readonly HttpClient _client = fixture.Server.CreateClient();

    [Fact]
    public async Task ProcessPdfWithSse_AsTheGuidesPythonClient_Gets202ThenStreamsToCompletedWithTheText()
    {
        // requests.post(files={"file": f}, data={"extraction_method": "combined"}, headers=HEADERS): data fields first.
        using var submit = await PostFormAsync(fileFirst: false, ("extraction_method", "combined"));
        var accepted = await submit.ReadJsonAsync();
        Assert.True(submit.StatusCode == HttpStatusCode.Accepted, accepted.ToJsonString());
        Assert.Equal("accepted", (string?)accepted["status"]);
        var jobId = (string?)accepted["job"]?["id"];
        Assert.False(string.IsNullOrEmpty(jobId));

        var frames = await StreamJobUpdatesAsync(jobId!);

        var (last, data) = frames[^1];
        Assert.Equal("completed", last);
        Assert.Equal("completed", (string?)data["phase"]);
        Assert.Equal(jobId, (string?)data["job"]?["id"]);
        Assert.Equal("pdf", (string?)data["process"]?["main_processor"]);
        Assert.Contains(KnownText, (string?)data["data"]?["extracted_text"], StringComparison.Ordinal);
        Assert.Equal("combined", (string?)data["data"]?["metadata"]?["extraction_method"]);
        var progress = frames.Where(f => f.Event == "progress").Select(f => (int)f.Data["data"]!["progress"]!).ToList();
        Assert.Equal(progress.Order(), progress);
        Assert.All(frames, f => Assert.Contains(f.Event, new[] { "pending", "progress", "completed" }));
    }

    [Fact]
    public async Task ProcessPdfWait_AsTheGuidesPythonClient_Gets200WithTheResult()
    {
        using var response = await PostFormAsync(fileFirst: false, ("extraction_method", "combined"), ("wait_ms", "30000"));
        var body = await response.ReadJsonAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        Assert.Equal("success", (string?)body["status"]);
        Assert.Contains(KnownText, (string?)body["data"]?["extracted_text"], StringComparison.Ordinal);
        var job = await _client.GetJsonAsync($"{Base}/jobs/{(string?)body["job"]!["id"]}");
        Assert.Equal("completed", (string?)job["data"]!["status"]);
    }

    [Fact]
    public async Task SubmitPdfThenStream_AsTheGuidesBrowserClient_FileFirstFromAPageOrigin_Completes()
    {
        using var submit = await PostFormAsync(fileFirst: true, ("extraction_method", "native"));
        var accepted = await submit.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Accepted, submit.StatusCode);
        Assert.Equal("http://localhost:3000", submit.Headers.GetValues("Access-Control-Allow-Origin").Single());

        var frames = await StreamJobUpdatesAsync((string)accepted["job"]!["id"]!);

        Assert.Equal("completed", frames[^1].Event);
        Assert.Contains(KnownText, (string?)frames[^1].Data["data"]?["extracted_text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stream_OfAFinishedJob_SendsItsEndOnceAndCloses_AnUnknownJobIs404InTheSurfaceShape()
    {
        using var done = await PostFormAsync(fileFirst: false, ("wait_ms", "30000"));
        var id = (string)(await done.ReadJsonAsync())["job"]!["id"]!;

        var frames = await StreamJobUpdatesAsync(id);
        using var missing = await _client.GetAsync($"{Base}/jobs/no-such-job/stream");
        var error = await missing.ReadJsonAsync();

        Assert.Equal(["completed"], frames.Select(f => f.Event));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("error", (string?)error["status"]);
        Assert.Equal("NOT_FOUND", (string?)error["error"]?["code"]);
    }

    [Theory]
    [InlineData("not-a-pdf", "file", HttpStatusCode.UnsupportedMediaType, "UNSUPPORTED_MEDIA_TYPE")]
    [InlineData("pdf", "document", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("pdf", "file:page_start=2", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("pdf", "file:extraction_method=preview", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    [InlineData("pdf", "file:wait_ms=soon", HttpStatusCode.BadRequest, "INVALID_REQUEST")]
    public async Task PdfProcess_BadForms_AreRefusedInSecretarysShape_AndStoreNoJob(string content, string field, HttpStatusCode status, string code)
    {
        var before = (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();
        var parts = field.Split(':');
        using var form = new MultipartFormDataContent();
        var bytes = content == "pdf" ? await File.ReadAllBytesAsync(fixture.Pdf) : "just text"u8.ToArray();
        form.Add(new ByteArrayContent(bytes), parts[0], "file.pdf");
        if (parts.Length > 1)
        {
            var (name, value) = (parts[1].Split('=')[0], parts[1].Split('=')[1]);
            form.Add(new StringContent(value), name);
        }

        using var response = await _client.PostAsync($"{Base}/pdf/process", form);
        var body = await response.ReadJsonAsync();

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("error", (string?)body["status"]);
        Assert.Equal(code, (string?)body["error"]?["code"]);
        Assert.Equal(before, (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>());
    }

    /// <summary>The guide's form: <c>file</c> (the PDF) and string fields; the browser appends the file first.</summary>
    private async Task<HttpResponseMessage> PostFormAsync(bool fileFirst, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/pdf/process");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "your-api-key");
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(await File.ReadAllBytesAsync(fixture.Pdf));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        if (fileFirst)
        {
            request.Headers.Add("Origin", "http://localhost:3000");
            form.Add(file, "file", "document.pdf");
        }
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        if (!fileFirst)
        {
            form.Add(file, "file", "document.pdf");
        }
        request.Content = form;
        return await _client.SendAsync(request);
    }

    /// <summary>The guide's <c>stream_job_updates</c>: skip comments, remember <c>event:</c>, parse <c>data:</c>, stop at an end event.</summary>
    private async Task<List<(string Event, JsonObject Data)>> StreamJobUpdatesAsync(string jobId)
    {
        using var cts = new CancellationTokenSource(ApiClient.Timeout * 3);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Base}/jobs/{jobId}/stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "your-api-key");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cts.Token));
        var frames = new List<(string, JsonObject)>();
        string? current = null;
        while (await reader.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith(':'))
            {
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                current = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                frames.Add((current!, JsonNode.Parse(line[6..])!.AsObject()));
                if (current is "completed" or "error" or "timeout")
                {
                    Assert.Equal("", await reader.ReadLineAsync(cts.Token));
                    Assert.Null(await reader.ReadLineAsync(cts.Token)); // the stream closes after its end event
                    return frames;
                }
            }
        }
        Assert.Fail($"the stream closed without an end event after {frames.Count} frames");
        return frames;
    }
}
