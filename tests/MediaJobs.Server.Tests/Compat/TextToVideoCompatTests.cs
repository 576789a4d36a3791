using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Seed 004's examples, each as assertions against the live server at its documented base /api/v1.</summary>
[Trait("Tier", "Media")]
public sealed class TextToVideoCompatTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private static readonly int[] Stages = [0, 20, 40, 60, 80, 90, 100];
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GenerateStatusDownload_SeedCurlSequence_ProducesAPlayableMp4()
    {
        using var generate = await _client.PostJsonAsync("/api/v1/generate", """{"text": "Once upon a time, in a faraway land..."}""");
        var created = await generate.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Accepted, generate.StatusCode);
        Assert.Equal(["job_id", "status", "message"], created.Select(p => p.Key));
        Assert.Equal("queued", (string?)created["status"]);
        Assert.Equal("Video generation started", (string?)created["message"]);
        var id = (string)created["job_id"]!;

        var seen = new List<JsonObject>();
        JsonObject status;
        do
        {
            await _client.ReadJobEventsAsync(id, m => m.Type is "step-status" or "job-completed" or "job-failed", timeout: ApiClient.VideoTimeout);
            status = await _client.GetJsonAsync($"/api/v1/status/{id}");
            seen.Add(status);
        }
        while ((string?)status["status"] is "queued" or "processing");

        Assert.All(seen, s =>
        {
            Assert.Equal(["status", "progress", "message", "created_at", "logs"], s.Select(p => p.Key));
            Assert.Contains((string?)s["status"], new[] { "queued", "processing", "completed", "failed" });
            Assert.Contains((int)s["progress"]!, Stages);
            Assert.True(s["created_at"]!.GetValue<long>() > 1_600_000_000);
        });
        Assert.Equal(seen.Select(s => (int)s["progress"]!).Order(), seen.Select(s => (int)s["progress"]!));
        Assert.Equal("completed", (string?)status["status"]);
        Assert.Equal(100, (int)status["progress"]!);
        Assert.NotEmpty(status["logs"]!.AsArray());

        using var download = await _client.GetAsync($"/api/v1/download/{id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"generated_video_{id}.mp4", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var file = Path.Combine(factory.DataDirectory, "downloaded.mp4");
        await File.WriteAllBytesAsync(file, await download.Content.ReadAsByteArrayAsync());
        var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(file);
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);

        var list = await _client.GetJsonAsync("/api/v1/jobs");
        var listed = list["jobs"]![id]!.AsObject();
        Assert.Equal("completed", (string?)listed["status"]);
        Assert.EndsWith(".mp4", (string?)listed["output_file"]);

        var native = await _client.GetJobAsync(id);
        Assert.Equal("Succeeded", (string?)native["status"]);
        Assert.Equal("video", (string?)native["type"]);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"text": ""}""")]
    [InlineData("""{"text": "   "}""")]
    [InlineData("""{"text": 42}""")]
    [InlineData("""{"story": "Once upon a time"}""")]
    public async Task Generate_NoText_Returns400WithTheDocumentedError(string body)
    {
        using var response = await _client.PostJsonAsync("/api/v1/generate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"error":"No text provided in request body"}""", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1,2]")]
    public async Task Generate_MalformedBody_Returns400InTheSeedShape(string body)
    {
        using var response = await _client.PostJsonAsync("/api/v1/generate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrEmpty((string?)(await response.ReadJsonAsync())["error"]));
    }

    [Theory]
    [InlineData("/api/v1/status/550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("/api/v1/status/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/v1/download/550e8400-e29b-41d4-a716-446655440000")]
    public async Task UnknownJob_Returns404JobNotFound(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"error":"Job not found"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Download_BeforeCompletion_Returns400NotReady()
    {
        await _client.PostAsync("/api/queue/pause", null);
        try
        {
            using var generate = await _client.PostJsonAsync("/api/v1/generate", """{"text": "Waiting in line."}""");
            var id = (string)(await generate.ReadJsonAsync())["job_id"]!;

            using var response = await _client.GetAsync($"/api/v1/download/{id}");
            var status = await _client.GetJsonAsync($"/api/v1/status/{id}");

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("""{"error":"Video not ready for download"}""", await response.Content.ReadAsStringAsync());
            Assert.Equal("queued", (string?)status["status"]);
            Assert.Equal(0, (int)status["progress"]!);
            Assert.Equal("Job queued", (string?)status["message"]);
            await _client.CancelAndWaitAsync(id);
        }
        finally
        {
            await _client.PostAsync("/api/queue/resume", null);
        }
    }

    [Fact]
    public async Task Jobs_OnlyListsVideoJobs()
    {
        var noop = await _client.SubmitNoopAsync();

        var list = await _client.GetJsonAsync("/api/v1/jobs");

        Assert.Null(list["jobs"]![noop]);
    }
}
