using System.Diagnostics;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A pause or cancel on every surface that has it stops the running tool (ffmpeg for transcode and video,
/// pdftoppm/tesseract for OCR) within 2 s, and the answer comes once the job is cancelled or back in the queue.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class StopPromptnessTests(StopServer server) : IClassFixture<StopServer>
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);

    [Theory]
    [InlineData("POST", "/api/jobs/{id}/cancel", "Cancelled")]
    [InlineData("POST", "/api/queue/pause", "Queued")]
    [InlineData("DELETE", "/compat/shrinkray/api/jobs/{id}", "Cancelled")]
    [InlineData("POST", "/compat/shrinkray/api/queue/pause", "Queued")]
    public async Task Transcode_StopsFfmpegWithin2s(string method, string route, string status)
    {
        var id = await server.SubmitAsync(new JsonObject { ["type"] = "transcode", ["preset"] = "compress-hevc", ["inputs"] = new JsonObject { ["path"] = server.CopyClip() } });
        var ffmpeg = await server.WaitForToolAsync(id, "ffmpeg");

        await StopAndAssertAsync(method, route, id, ffmpeg, status);
    }

    [Theory]
    [InlineData("POST", "/api/jobs/{id}/cancel", "Cancelled")]
    [InlineData("POST", "/api/queue/pause", "Queued")]
    [InlineData("POST", "/compat/moneyprinter/api/jobs/{id}/cancel", "Cancelled")]
    [InlineData("POST", "/compat/moneyprinter/api/cancel", "Cancelled")]
    public async Task Video_StopsFfmpegWithin2s(string method, string route, string status)
    {
        var id = await server.SubmitAsync(new JsonObject { ["type"] = "video", ["preset"] = "default", ["inputs"] = new JsonObject { ["topic"] = "Why the sea is salty", ["durationSec"] = 120 } });
        var ffmpeg = await server.WaitForToolAsync(id, "ffmpeg");

        await StopAndAssertAsync(method, route, id, ffmpeg, status);
    }

    [Theory]
    [InlineData("POST", "/api/jobs/{id}/cancel", "Cancelled")]
    [InlineData("POST", "/api/queue/pause", "Queued")]
    public async Task Ocr_StopsTesseractOrPdftoppmWithin2s(string method, string route, string status)
    {
        var id = await server.SubmitAsync(new JsonObject { ["type"] = "pdf", ["preset"] = "default", ["inputs"] = new JsonObject { ["filename"] = Path.Combine(server.MediaRoot, "scanned.pdf"), ["extraction_method"] = "ocr", ["language"] = "eng" } });
        var tool = await server.WaitForToolAsync(id, "tesseract", "pdftoppm");

        await StopAndAssertAsync(method, route, id, tool, status);
    }

    private async Task StopAndAssertAsync(string method, string route, string id, int tool, string status)
    {
        // The tool is not our child: the runtime watches it for us, and we note when it is gone.
        using var process = Process.GetProcessById(tool);
        var clock = Stopwatch.StartNew();
        var gone = process.WaitForExitAsync().ContinueWith(_ => clock.Elapsed, TaskScheduler.Default);
        var watched = !gone.IsCompleted && ToolProcesses.IsAlive(tool);
        using var response = await server.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", id, StringComparison.Ordinal)));
        var answered = clock.Elapsed;
        var alive = ToolProcesses.IsAlive(tool);
        var exited = await gone.WaitAsync(TimeSpan.FromSeconds(10));
        var job = await server.Client.GetJobAsync(id);
        if (route.EndsWith("/pause", StringComparison.Ordinal))
        {
            // Put the paused job away, then let the queue run again for the next test.
            using var cancel = await server.Client.PostAsync($"/api/jobs/{id}/cancel", null);
            using var resume = await server.Client.PostAsync("/api/queue/resume", null);
        }

        Assert.True(response.IsSuccessStatusCode, $"{method} {route}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(watched, "the tool was already gone before the stop was asked for");
        Assert.False(alive, $"the tool (pid {tool}) still ran when {method} {route} answered after {answered}");
        Assert.True(exited < Prompt, $"the tool was gone {exited} after {method} {route} (answered after {answered})");
        Assert.Equal(status, (string?)job["status"]);
    }
}
