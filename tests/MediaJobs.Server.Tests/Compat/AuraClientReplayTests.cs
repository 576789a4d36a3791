using System.Net;
using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// Aura Video Studio's real web client against the native API (itsacoffee/aura-video-studio): its job store's
/// <c>createJob</c> (state/jobs.ts: the legacy <c>{brief, planSpec, voiceSpec, renderSpec}</c> body, values as seed 000 shows them but an offline espeak-ng voice (the seed's Azure voice fails keyless), through apiClient, which
/// adds <c>X-Correlation-ID</c>), <c>listJobs</c> (reads <c>data.jobs</c>), <c>getJob</c>, the drawer's EventSource (typed
/// events, ending on job-completed/failed/cancelled), <c>cancelJob</c> and <c>retryJob</c> (POSTs without a body).
/// </summary>
[Trait("Tier", "Media")]
public sealed partial class AuraClientReplayTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private static readonly string[] DrawerEvents =
        ["step-progress", "step-status", "step-error", "job-status", "job-completed", "job-failed", "job-cancelled", "job-log", "warning", "error"];

    private readonly HttpClient _client = factory.CreateClient();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$")]
    private static partial Regex SeedTime();

    [Fact]
    public async Task CreateListGetStreamCancelRetry_AsAurasJobStore_WorkAndSpeakTheSeedsWords()
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, "/api/jobs")
        {
            Content = new StringContent("""
                {"brief":{"topic":"Why tides happen","audience":"General","goal":"Inform","tone":"Informative","language":"en-US","aspect":"Widescreen16x9"},
                 "planSpec":{"targetDuration":"00:00:15","pacing":"Conversational","density":"Balanced","style":"Modern"},
                 "voiceSpec":{"voiceName":"en-us","rate":1.0,"pitch":1.0,"pause":1.0},
                 "renderSpec":{"res":"720p","container":"mp4","videoBitrateK":4000,"audioBitrateK":128,"fps":30,"codec":"H264","qualityLevel":75,"enableSceneCut":true}}
                """, System.Text.Encoding.UTF8, "application/json"),
        };
        create.Headers.Add("X-Correlation-ID", "aura-web-replay-1");
        using var created = await _client.SendAsync(create);
        var answer = await created.ReadJsonAsync();
        Assert.True(created.StatusCode == HttpStatusCode.Accepted, answer.ToJsonString());
        Assert.Equal("aura-web-replay-1", (string?)answer["correlationId"]);
        Assert.Equal("Queued", (string?)answer["status"]);
        Assert.Equal("Script", (string?)answer["stage"]);
        var jobId = (string)answer["jobId"]!;

        var list = await _client.GetJsonAsync("/api/jobs");
        Assert.Contains(jobId, list["jobs"]!.AsArray().Select(j => (string?)j!["jobId"]));

        var job = await _client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Matches(SeedTime(), (string)job["createdUtc"]!);
        Assert.Equal(["preflight", "script", "narration", "broll", "subtitles", "mux"], job["steps"]!.AsArray().Select(s => (string?)s!["name"]));

        using var cts = new CancellationTokenSource(ApiClient.Timeout * 3);
        using var stream = await _client.OpenSseAsync($"/api/jobs/{jobId}/events", ct: cts.Token);
        var frames = new List<SseMessage>();
        var cancelled = false;
        await foreach (var frame in SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            // The drawer's EventSource only hears the types it listens for (our 'log' lines pass it by).
            if (frame.Type is not null && DrawerEvents.Contains(frame.Type))
            {
                frames.Add(frame);
            }
            // Cancel once a step runs (the user presses Cancel on a job in progress; under load it may still be queued before).
            if (!cancelled && frame.Type == "step-status")
            {
                cancelled = true;
                using var cancel = await _client.PostAsync($"/api/jobs/{jobId}/cancel", null);
                Assert.True(cancel.IsSuccessStatusCode, $"{(int)cancel.StatusCode}: {(await _client.GetJsonAsync($"/api/jobs/{jobId}")).ToJsonString()}");
            }
        }

        Assert.Contains(frames, f => f.Type == "step-status");
        Assert.True(frames[^1].Type == "job-cancelled", $"ended with {frames[^1].Type}: {(await _client.GetJsonAsync($"/api/jobs/{jobId}")).ToJsonString()}");
        Assert.Equal("Cancelled", frames[^1].Status);
        var cancelledStep = frames.LastOrDefault(f => f.Type == "step-status" && (string?)f.Data?["status"] == "Cancelled");
        Assert.DoesNotContain(frames, f => f.Type == "step-progress" && cancelledStep is not null
            && (string?)f.Data?["step"] == (string?)cancelledStep.Data?["step"] && (double)f.Data!["progressPct"]! >= 100);
        var ended = await _client.GetJsonAsync($"/api/jobs/{jobId}");
        Assert.Matches(SeedTime(), (string)ended["endedUtc"]!);

        using var retry = await _client.PostAsync($"/api/jobs/{jobId}/retry?strategy=manual", null);
        var retried = await retry.ReadJsonAsync();
        Assert.True(retry.IsSuccessStatusCode, retried.ToJsonString());
        Assert.Equal(jobId, (string?)retried["jobId"]);
        await _client.CancelAndWaitAsync(jobId);
    }
}
