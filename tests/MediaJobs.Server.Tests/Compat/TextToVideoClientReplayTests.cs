using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Text-to-Video's real React page (PriyanshuShekhar10/project-k-submission frontend/src/App.jsx) as its browser sends it
/// from its dev server on <c>http://localhost:3000</c>: axios' <c>POST /api/v1/generate {text}</c>, a status poll until
/// <c>status === "completed" &amp;&amp; progress === 100</c>, the in-page <c>&lt;video src=…/download/{id}&gt;</c> (a Range
/// request) and the download button's blob GET — each answer readable by that origin (CORS).
/// </summary>
[Trait("Tier", "Media")]
public sealed class TextToVideoClientReplayTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private const string Page = "http://localhost:3000";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GeneratePollPlayDownload_AsTheRealPage_CompletesWithAPlayableVideoTheOriginMayRead()
    {
        using var generate = await SendAsync(HttpMethod.Post, "/api/v1/generate", """{"text":"A short tale. The fox ran home."}""");
        var created = await generate.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.Accepted, generate.StatusCode);
        Assert.Equal(Page, Allowed(generate));
        var jobId = (string)created["job_id"]!;

        var progress = new List<int>();
        JsonObject status;
        do
        {
            await _client.ReadJobEventsAsync(jobId, m => m.Type is "step-status" or "job-completed" or "job-failed", timeout: ApiClient.VideoTimeout);
            using var poll = await SendAsync(HttpMethod.Get, $"/api/v1/status/{jobId}");
            Assert.Equal(Page, Allowed(poll));
            status = await poll.ReadJsonAsync();
            progress.Add((int)status["progress"]!);
        }
        while ((string?)status["status"] is not ("completed" or "failed"));
        Assert.Equal("completed", (string?)status["status"]);
        Assert.Equal(100, progress[^1]);
        Assert.Equal(progress.Order(), progress);

        using var play = await SendAsync(HttpMethod.Get, $"/api/v1/download/{jobId}", range: "bytes=0-");
        Assert.Equal(HttpStatusCode.PartialContent, play.StatusCode);
        Assert.Equal(Page, Allowed(play));
        Assert.Equal(0, play.Content.Headers.ContentRange?.From);
        using var download = await SendAsync(HttpMethod.Get, $"/api/v1/download/{jobId}");
        var file = Path.Combine(factory.DataDirectory, "ttv-replay.mp4");
        await File.WriteAllBytesAsync(file, await download.Content.ReadAsByteArrayAsync());
        var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(file);
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.True(probe.Duration > TimeSpan.FromSeconds(1), $"{probe.Duration}");
    }

    /// <summary>A request as the page's browser sends it: its origin, axios' Accept, JSON bodies.</summary>
    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? range = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Origin", Page);
        request.Headers.Accept.ParseAdd("application/json, text/plain, */*");
        if (range is not null)
        {
            request.Headers.Range = RangeHeaderValue.Parse(range);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        }
        return await _client.SendAsync(request);
    }

    private static string? Allowed(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
}
