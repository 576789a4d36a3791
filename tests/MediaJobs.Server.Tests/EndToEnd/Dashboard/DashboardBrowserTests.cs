using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;
using Microsoft.Playwright;

namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>The dashboard in headless Chromium against the real server: what a person does with it, checked on real output.</summary>
[Trait("Tier", "EndToEnd")]
public sealed class DashboardBrowserTests(DashboardSite site) : IClassFixture<DashboardSite>
{
    [Fact]
    public async Task SampleVideo_SubmittedFromTheForm_StepsGoLiveToSucceeded_AndThePlayerPlaysIt()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/submit"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Video" }).ClickAsync();
        await page.GetByLabel("Preset").SelectOptionAsync("sample-hello-youtube");
        await DashboardSite.ScreenshotAsync(page, "submit");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        // The job's page opens and its steps change live (no reload) until every one has succeeded.
        await page.WaitForURLAsync("**/jobs/*");
        await page.Locator("[data-step-status=Running]").First.WaitForAsync();
        await page.Locator("[data-step=mux][data-step-status=Succeeded]").WaitForAsync(new() { Timeout = (float)ApiClient.VideoTimeout.TotalMilliseconds });
        await Assertions.Expect(page.Locator(".toolbar .badge").First).ToHaveTextAsync("Succeeded");
        Assert.Equal(0, await page.Locator("[data-step-status=Running], [data-step-status=Pending], [data-step-status=Failed]").CountAsync());

        // The page's player: the MP4 over Range requests, 20-30 s long, and it plays.
        var video = page.Locator("video.player");
        await video.WaitForAsync();
        var duration = await video.EvaluateAsync<double>("""
            v => new Promise((resolve, reject) => {
              const done = () => resolve(v.duration);
              if (v.readyState >= 1) done(); else { v.addEventListener('loadedmetadata', done, { once: true }); v.addEventListener('error', () => reject(new Error('video error ' + (v.error && v.error.code))), { once: true }); }
            })
            """);
        Assert.InRange(duration, 20, 30);
        var advanced = await video.EvaluateAsync<double>("""
            v => new Promise((resolve, reject) => {
              v.muted = true;
              v.play().catch(reject);
              const check = () => v.currentTime > 0.5 ? resolve(v.currentTime) : setTimeout(check, 50);
              check();
            })
            """);
        Assert.True(advanced > 0.5, $"currentTime stayed at {advanced}");
        Assert.True(await page.Locator("video.player track").CountAsync() >= 1, "the subtitle track is attached to the player");
        await video.EvaluateAsync("v => { v.pause(); v.currentTime = 4; }");
        await DashboardSite.ScreenshotAsync(page, "job-detail");

        await page.GotoAsync(site.Url("/jobs"));
        await page.Locator("tr[data-job-id]").First.WaitForAsync();
        await DashboardSite.ScreenshotAsync(page, "jobs");
        await page.GetByLabel("Theme").SelectOptionAsync("dark");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-theme", "dark");
        await DashboardSite.ScreenshotAsync(page, "jobs-dark");
    }

    [Fact]
    public async Task PdfUploadedFromTheForm_ShowsItsExtractedText()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/submit"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "PDF document" }).ClickAsync();

        await page.GetByLabel("PDF file").SetInputFilesAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        await page.WaitForURLAsync("**/jobs/*");
        var text = page.Locator("pre.extracted");
        await text.WaitForAsync(new() { Timeout = (float)ApiClient.VideoTimeout.TotalMilliseconds });
        var shown = await text.InnerTextAsync();
        var jobId = page.Url.Split('/')[^1];
        var stored = (await site.Api.GetJobAsync(jobId))["results"]!["structured_data"]!["extracted_text"]!.GetValue<string>();
        Assert.False(string.IsNullOrWhiteSpace(stored));
        Assert.Equal(stored.Trim(), shown.Trim());
        Assert.StartsWith(Path.Combine(site.DataDirectory, "uploads"), (await site.Api.GetJobAsync(jobId))["inputs"]!["filename"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilePickedInTheTranscodeBrowser_IsReplacedByHevc()
    {
        // 2 s of lossless H.264: HEVC comes out smaller, so the original is replaced.
        var folder = Directory.CreateDirectory(Path.Combine(site.MediaRoot, $"library-{Guid.NewGuid():N}"[..16])).FullName;
        var clip = Path.Combine(folder, "clip.mp4");
        var (code, ffmpeg) = await Compat.ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "0", "-pix_fmt", "yuv420p", "-y", clip);
        Assert.True(code == 0, ffmpeg);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/submit"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Transcode" }).ClickAsync();
        await page.GetByLabel("Preset").SelectOptionAsync("compress-hevc");

        await page.GetByRole(AriaRole.Button, new() { Name = Path.GetFileName(site.MediaRoot) }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Path.GetFileName(folder) }).ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-path='{clip}']")).ToContainTextAsync("h264");
        await page.GetByLabel("Select file clip.mp4").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/jobs/*");

        // The discovery job adds one transcode job for the clip; it ends by replacing the file.
        await Assertions.Expect(page.Locator(".toolbar .badge").First).ToHaveTextAsync("Succeeded");
        var transcode = (await site.Api.GetJsonAsync($"/api/jobs?type=transcode&q={Uri.EscapeDataString(clip)}"))["items"]!.AsArray().Single()!["jobId"]!.GetValue<string>();
        Assert.Equal("Succeeded", (await site.Api.WaitForFinalAsync(transcode))["status"]!.GetValue<string>());
        var (probeCode, codec) = await Compat.ShrinkRayCompatTests.RunAsync("ffprobe", "-v", "error", "-select_streams", "v:0", "-show_entries", "stream=codec_name", "-of", "csv=p=0", clip);
        Assert.Equal((0, "hevc"), (probeCode, codec.Trim()));

        // The browser lists the same file as HEVC now.
        await page.GotoAsync(site.Url("/submit"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Transcode" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Path.GetFileName(site.MediaRoot) }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = Path.GetFileName(folder) }).ClickAsync();
        await Assertions.Expect(page.Locator($"li[data-path='{clip}']")).ToContainTextAsync("hevc");
    }

    [Fact]
    public async Task RunningJob_CancelledFromItsPage_ShowsCancelled()
    {
        var id = await site.Api.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":120,"width":160,"height":120,"fps":10,"realtime":true}}""");
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url($"/jobs/{id}"));
        await page.Locator("[data-step=render][data-step-status=Running]").WaitForAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel job" }).ClickAsync();

        await Assertions.Expect(page.Locator(".toolbar .badge").First).ToHaveTextAsync("Cancelled");
        Assert.Equal("Cancelled", (await site.Api.GetJobAsync(id))["status"]!.GetValue<string>());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Retry job" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Queue_PausedAndResumedFromTheSystemView()
    {
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/system"));
        var state = page.GetByTestId("queue-state");
        await Assertions.Expect(state).ToHaveTextAsync("Running");

        await page.GetByRole(AriaRole.Button, new() { Name = "Pause queue" }).ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("Paused");
        var pausedOnServer = (await site.Api.GetJsonAsync("/api/queue"))["paused"]!.GetValue<bool>();
        await DashboardSite.ScreenshotAsync(page, "system");
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume queue" }).ClickAsync();
        await Assertions.Expect(state).ToHaveTextAsync("Running");

        Assert.True(pausedOnServer);
        Assert.False((await site.Api.GetJsonAsync("/api/queue"))["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task TwoFailedJobs_BulkRetried_RunAgainAndSucceed()
    {
        // A "PDF" that Poppler cannot read makes both jobs fail; the real file is put in its place before the retry.
        var pdf = Path.Combine(site.MediaRoot, $"report-{Guid.NewGuid():N}.pdf");
        await File.WriteAllTextAsync(pdf, "%PDF-1.4\nthis is not a readable PDF\n");
        var ids = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var id = await site.Api.SubmitAsync(new JsonObject { ["type"] = "pdf", ["inputs"] = new JsonObject { ["filename"] = pdf, ["include_assets"] = false } }.ToJsonString());
            Assert.Equal("Failed", (await site.Api.WaitForFinalAsync(id))["status"]!.GetValue<string>());
            ids.Add(id);
        }
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"), pdf, overwrite: true);
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url($"/jobs?q={Uri.EscapeDataString(Path.GetFileName(pdf))}"));
        foreach (var id in ids)
        {
            await page.Locator($"tr[data-job-id='{id}'][data-status=Failed] input[type=checkbox]").CheckAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Retry selected" }).ClickAsync();

        foreach (var id in ids)
        {
            // The table follows the live stream to the new outcome.
            await page.Locator($"tr[data-job-id='{id}'][data-status=Succeeded]").WaitForAsync();
            var job = await site.Api.GetJobAsync(id);
            Assert.Equal("Succeeded", job["status"]!.GetValue<string>());
            Assert.Equal(2, job["attempt"]!.GetValue<int>());
        }
    }

    [Fact]
    public async Task BadSubmission_ShowsTheApisMessageAtTheField_AndStoresNothing()
    {
        var before = (await site.Api.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();
        var page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("/submit"));
        await page.GetByRole(AriaRole.Tab, new() { Name = "Test pattern" }).ClickAsync();
        await page.GetByLabel("Width").FillAsync("321");

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit", Exact = true }).ClickAsync();

        var error = page.Locator("#width-error");
        await Assertions.Expect(error).ToContainTextAsync("even");
        Assert.Equal("true", await page.GetByLabel("Width").GetAttributeAsync("aria-invalid"));
        Assert.Equal("width-error", await page.GetByLabel("Width").GetAttributeAsync("aria-describedby"));
        Assert.EndsWith("/submit", page.Url, StringComparison.Ordinal);
        Assert.Equal(before, (await site.Api.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task DeepLinkToAJob_LoadsThePage_UnknownJobSaysSo()
    {
        var page = await site.NewPageAsync();

        var response = await page.GotoAsync(site.Url("/jobs/01234567-89ab-7def-8123-456789abcdef"));

        Assert.Equal((int)HttpStatusCode.OK, response?.Status);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Job not found" })).ToBeVisibleAsync();
    }
}
