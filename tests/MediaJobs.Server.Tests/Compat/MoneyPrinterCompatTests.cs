using System.Net;
using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Seed 001's examples, each as assertions against the live server under /compat/moneyprinter.</summary>
[Trait("Tier", "Media")]
public sealed partial class MoneyPrinterCompatTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private const string Base = "/compat/moneyprinter";
    private readonly HttpClient _client = factory.CreateClient();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")]
    private static partial Regex IsoMillis();

    private async Task<string> GenerateAsync(string body)
    {
        using var response = await _client.PostJsonAsync($"{Base}/api/generate", body);
        var json = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["status", "message", "jobId"], json.Select(p => p.Key));
        Assert.Equal("Video generation queued.", (string?)json["message"]);
        Assert.Equal("success", (string?)json["status"]);
        return (string)json["jobId"]!;
    }

    [Fact]
    public async Task Generate_ThenPollJobAndEvents_FinishesCompletedWithResultPath()
    {
        var id = await GenerateAsync("""{"videoSubject": "Why the sky is blue", "paragraphNumber": 1, "voice": "en_us_001", "useMusic": true, "threads": 2}""");

        var events = await _client.ReadJobEventsAsync(id, timeout: ApiClient.VideoTimeout);
        var body = await _client.GetJsonAsync($"{Base}/api/jobs/{id}");

        Assert.Equal("job-completed", events[^1].Type);
        Assert.Equal("success", (string?)body["status"]);
        var job = body["job"]!.AsObject();
        Assert.Equal(["id", "state", "cancelRequested", "resultPath", "errorMessage", "createdAt", "startedAt", "completedAt"], job.Select(p => p.Key));
        Assert.Equal(id, (string?)job["id"]);
        Assert.Equal("completed", (string?)job["state"]);
        Assert.False((bool)job["cancelRequested"]!);
        Assert.True(File.Exists((string?)job["resultPath"]));
        Assert.Null(job["errorMessage"]);
        Assert.All(new[] { "createdAt", "startedAt", "completedAt" }, f => Assert.Matches(IsoMillis(), (string?)job[f]));

        var all = await _client.GetJsonAsync($"{Base}/api/jobs/{id}/events");
        var list = all["events"]!.AsArray();
        Assert.Equal("success", (string?)all["status"]);
        Assert.All(list, e =>
        {
            Assert.Equal(["id", "type", "level", "message", "payload", "timestamp"], e!.AsObject().Select(p => p.Key));
            Assert.Contains((string?)e["level"], new[] { "info", "success", "warning", "error" });
            Assert.True(e["timestamp"]!.GetValue<double>() > 1_600_000_000);
        });
        var after = (long)list[2]!["id"]!;
        var later = (await _client.GetJsonAsync($"{Base}/api/jobs/{id}/events?after={after}"))["events"]!.AsArray();
        Assert.Equal(list.Skip(3).Select(e => (long)e!["id"]!), later.Select(e => (long)e!["id"]!));
    }

    [Fact]
    public async Task Generate_NumbersAsStrings_AsTheRealPageSendsThem_AreRead()
    {
        var id = await GenerateAsync("""{"videoSubject": "Tides", "aiModel": "offline-template", "voice": "en_us_001", "paragraphNumber": " 2 ", "automateYoutubeUpload": false, "useMusic": false, "threads": "2", "subtitlesPosition": "center,bottom", "customPrompt": "", "color": "#FFFF00"}""");

        var native = await _client.GetJobAsync(id);

        Assert.Equal(40, (int)native["inputs"]!["durationSec"]!);
        using var cancel = await _client.PostAsync($"/api/jobs/{id}/cancel", null);
    }

    /// <summary>A voice of another language: its espeak-ng voice speaks an English script, and one warning says so (it was a 400).</summary>
    [Fact]
    public async Task Generate_JapaneseVoiceAndWhite_Completes_WithOneLanguageWarningInItsEvents()
    {
        var id = await GenerateAsync("""{"videoSubject": "Tides", "aiModel": "offline-template", "voice": "jp_006", "paragraphNumber": "1", "automateYoutubeUpload": false, "useMusic": false, "threads": "2", "subtitlesPosition": "left,center", "customPrompt": "", "color": "#fff"}""");

        var events = await _client.ReadJobEventsAsync(id, timeout: ApiClient.VideoTimeout);
        var job = (await _client.GetJsonAsync($"{Base}/api/jobs/{id}"))["job"]!;
        var log = (await _client.GetJsonAsync($"{Base}/api/jobs/{id}/events"))["events"]!.AsArray();

        Assert.Equal("job-completed", events[^1].Type);
        Assert.Equal("completed", (string?)job["state"]);
        var warnings = log.Where(e => (string?)e!["level"] == "warning").Select(e => (string)e!["message"]!).ToList();
        var language = Assert.Single(warnings);
        Assert.Contains("English only", language, StringComparison.Ordinal);
        Assert.Contains("ja+m3", language, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Models_ListsTheConfiguredScriptWriters()
    {
        var models = await _client.GetJsonAsync($"{Base}/api/models");

        Assert.Equal("success", (string?)models["status"]);
        Assert.Equal(["offline-template"], models["models"]!.AsArray().Select(m => (string?)m));
        Assert.Equal("offline-template", (string?)models["default"]);
    }

    [Theory]
    [InlineData("""{}""", "videoSubject is required.")]
    [InlineData("""{"videoSubject": ""}""", "videoSubject is required.")]
    [InlineData("""{"videoSubject": 5}""", "videoSubject is required.")]
    [InlineData("""{"videoSubject": "x", "paragraphNumber": 0}""", "paragraphNumber must be a whole number of at least 1.")]
    [InlineData("""{"videoSubject": "x", "useMusic": "yes"}""", "useMusic must be true or false.")]
    [InlineData("""{"videoSubject": "x", "paragraphNumber": "1.5"}""", "paragraphNumber must be a whole number of at least 1.")]
    [InlineData("""{"videoSubject": "x", "paragraphNumber": "two"}""", "paragraphNumber must be a whole number of at least 1.")]
    [InlineData("""{"videoSubject": "x", "threads": "many"}""", "threads must be a whole number from 1 to 100.")]
    public async Task Generate_BadBody_Returns400WithSeedErrorShape(string body, string message)
    {
        using var response = await _client.PostJsonAsync($"{Base}/api/generate", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var json = await response.ReadJsonAsync();
        Assert.Equal("error", (string?)json["status"]);
        Assert.Equal(message, (string?)json["message"]);
    }

    [Theory]
    [InlineData("/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890")]
    [InlineData("/api/jobs/a1b2c3d4-e5f6-7890-abcd-ef1234567890/events")]
    [InlineData("/api/jobs/..%2F..%2Fetc%2Fpasswd")]
    public async Task UnknownJob_Returns404JobNotFound(string path)
    {
        using var response = await _client.GetAsync(Base + path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("""{"status":"error","message":"Job not found."}""", await response.Content.ReadAsStringAsync());
    }

    /// <summary>The seed writes <c>events?after= 42</c>: that space (encoded) still parses; a word is the seed's 400, not a native problem.</summary>
    [Fact]
    public async Task Events_AfterWithSpace_Works_AfterNotANumber_Returns400WithSeedErrorShape()
    {
        var id = await GenerateAsync("""{"videoSubject": "Events after"}""");

        using var spaced = await _client.GetAsync($"{Base}/api/jobs/{id}/events?after=%2042");
        using var word = await _client.GetAsync($"{Base}/api/jobs/{id}/events?after=abc");

        Assert.Equal(HttpStatusCode.OK, spaced.StatusCode);
        Assert.Equal("success", (string?)(await spaced.ReadJsonAsync())["status"]);
        Assert.Equal(HttpStatusCode.BadRequest, word.StatusCode);
        Assert.Equal("""{"status":"error","message":"after must be a whole number."}""", await word.Content.ReadAsStringAsync());
        await _client.CancelAndWaitAsync(id);
    }

    [Fact]
    public async Task CancelOne_And_CancelLatest_FollowTheSeed()
    {
        await _client.PostAsync("/api/queue/pause", null);
        try
        {
            var older = await GenerateAsync("""{"videoSubject": "first"}""");
            var newer = await GenerateAsync("""{"videoSubject": "second"}""");

            using var latest = await _client.PostAsync($"{Base}/api/cancel", null);
            var latestJson = await latest.ReadJsonAsync();
            using var one = await _client.PostAsync($"{Base}/api/jobs/{older}/cancel", null);
            using var none = await _client.PostAsync($"{Base}/api/cancel", null);

            Assert.Equal("""{"status":"success","message":"Cancellation requested.","jobId":"NEWER"}""".Replace("NEWER", newer, StringComparison.Ordinal), latestJson.ToJsonString());
            Assert.Equal("""{"status":"success","message":"Cancellation requested."}""", await one.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            Assert.Equal("""{"status":"error","message":"No active job found."}""", await none.Content.ReadAsStringAsync());
            var job = (await _client.GetJsonAsync($"{Base}/api/jobs/{older}"))["job"]!;
            Assert.Equal("cancelled", (string?)job["state"]);
            Assert.True((bool)job["cancelRequested"]!);
        }
        finally
        {
            await _client.PostAsync("/api/queue/resume", null);
        }
    }

    [Fact]
    public async Task CancelLatest_PrefersTheRunningJobOverNewerQueuedOnes()
    {
        var running = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(running);
        var videoRunning = await GenerateAsync("""{"videoSubject": "running one"}""");
        await _client.ReadJobEventsAsync(videoRunning, m => m.Type == "job-status" && m.Status == "Running", timeout: ApiClient.VideoTimeout);
        var queued = await GenerateAsync("""{"videoSubject": "queued one"}""");

        using var response = await _client.PostAsync($"{Base}/api/cancel", null);

        Assert.Equal(videoRunning, (string?)(await response.ReadJsonAsync())["jobId"]);
        await _client.WaitForFinalAsync(videoRunning);
        await _client.CancelAndWaitAsync(queued);
        await _client.CancelAndWaitAsync(running);
    }

    [Fact]
    public async Task Generate_JobIsVisibleNativelyWithItsSubject()
    {
        var id = await GenerateAsync("""{"videoSubject": "Native eyes"}""");

        var native = await _client.GetJobAsync(id);

        Assert.Equal("video", (string?)native["type"]);
        Assert.Equal("Native eyes", (string?)native["inputs"]!["topic"]);
        await _client.CancelAndWaitAsync(id);
    }
}
