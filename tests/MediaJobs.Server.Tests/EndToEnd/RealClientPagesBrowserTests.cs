using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Compat;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;
using Xunit.Abstractions;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// Pages written here (EndToEnd/Pages) that make the same fetch/EventSource calls as MoneyPrinter's, Text-to-Video's and
/// Shrinkray's real pages, in the same order and with the same headers and bodies, in headless Chromium against a real
/// server process — from another loopback origin (a <see cref="StaticPageServer"/>) where the real page is served apart
/// from its API, from the surface's own origin where it is not (Shrinkray) — each following its job to the end.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class RealClientPagesBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = ApiClient.VideoTimeout;

    [Fact]
    public async Task MoneyPrinterPage_FromAnotherOrigin_LoadsModelsUploadsASongGeneratesAndPollsToCompleted()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-mp-page-").FullName;
        try
        {
            var song = Path.Combine(root, "song.mp3");
            await RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=3", "-c:a", "libmp3lame", "-y", song);
            var api = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
            await using var server = await StartServerAsync(root, ("MediaJobs:Compat:MoneyPrinter:Url", api));
            await using var pages = StaticPageServer.Start(new Dictionary<string, (string, byte[])>
            {
                ["/"] = ("text/html", await File.ReadAllBytesAsync(PagePath("moneyprinter.html"))),
                ["/song.mp3"] = ("audio/mpeg", await File.ReadAllBytesAsync(song)),
            });

            var result = await RunPageAsync($"{pages.Origin}/?api={Uri.EscapeDataString(api)}");

            Assert.Null((string?)result["failure"]);
            Assert.Equal(["GET /api/models", "POST /api/upload-songs", "POST /api/generate"], result["calls"]!.AsArray().Select(c => (string?)c).Take(3));
            Assert.Contains("offline-template", result["models"]!.AsArray().Select(m => (string?)m));
            Assert.Equal("Uploaded 1 song(s).", (string?)result["upload"]);
            Assert.Equal("completed", (string?)result["state"]);
            Assert.Equal("completed", (string?)result["states"]!.AsArray()[^1]);
            var progress = result["progress"]!.AsArray().Select(p => (double)p!).ToList();
            Assert.True(progress.Count >= 5, $"{progress.Count} percentages");
            Assert.Equal(progress.Order(), progress);
            var job = await server.Client.GetJobAsync((string)result["jobId"]!);
            Assert.EndsWith("song.mp3", (string?)job["inputs"]?["musicFile"], StringComparison.Ordinal);
            var probe = await ProbeAsync((string)job["output"]!["path"]!);
            Assert.Equal((1080, 1920), (probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height));
            Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task TextToVideoPage_FromAnotherOrigin_GeneratesPollsPlaysInPageAndDownloads()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-ttv-page-").FullName;
        try
        {
            var api = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
            await using var server = await StartServerAsync(root, ("MediaJobs:Compat:TextToVideo:Url", api));
            await using var pages = StaticPageServer.Start(new Dictionary<string, (string, byte[])>
            {
                ["/"] = ("text/html", await File.ReadAllBytesAsync(PagePath("texttovideo.html"))),
            });

            var result = await RunPageAsync($"{pages.Origin}/?api={Uri.EscapeDataString(api)}");

            Assert.Null((string?)result["failure"]);
            var progress = result["progress"]!.AsArray().Select(p => (int)p!).ToList();
            Assert.Equal(progress.Order(), progress);
            Assert.Equal(100, progress[^1]);
            Assert.True((double)result["played"]! > 0.5, $"currentTime {result["played"]}");
            Assert.True((double)result["duration"]! > 1, $"duration {result["duration"]}");
            Assert.Equal("completed", (string?)result["download"]!["status"]);
            Assert.Equal("video/mp4", (string?)result["download"]!["type"]);
            Assert.True((long)result["download"]!["size"]! > 10_000);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task ShrinkRayPage_OnItsOrigin_ReadsSettingsBrowsesAddsWithEmptySmartShrinkQualityAndStreamsToComplete()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-sr-page-").FullName;
        try
        {
            var media = Directory.CreateDirectory(Path.Combine(root, "media")).FullName;
            var clip = Path.Combine(media, "clip.mp4");
            // Lossless H.264: HEVC comes out smaller, so the job completes rather than skips.
            await RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "0", "-pix_fmt", "yuv420p", "-y", clip);
            var origin = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
            await using var server = await StartServerAsync(root, ("MediaJobs:Compat:ShrinkRay:Url", origin), ("MediaJobs:MediaRoots:0", media));

            var result = await RunPageAsync($"{origin}/api/stats", await File.ReadAllTextAsync(PagePath("shrinkray.js")));

            Assert.Null((string?)result["failure"]);
            Assert.Contains("compress-hevc", result["presets"]!.AsArray().Select(p => (string?)p));
            Assert.Equal(clip, (string?)result["file"]);
            Assert.Equal("h264", (string?)result["codec"]);
            Assert.Equal("processing", (string?)result["added"]);
            Assert.Equal("complete", (string?)result["job"]!["status"]);
            var events = result["events"]!.AsArray().Select(e => (string?)e).ToList();
            Assert.True(events.IndexOf("added") < events.IndexOf("started") && events.IndexOf("started") < events.LastIndexOf("complete"), string.Join(", ", events));
            var probe = await ProbeAsync((string)result["job"]!["output_path"]!);
            Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static string PagePath(string name) => Path.Combine(AppContext.BaseDirectory, "EndToEnd", "Pages", name);

    private static Task<ServerProcess> StartServerAsync(string root, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        return ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), Path.Combine(root, "data"), all);
    }

    /// <summary>Opens the page (adding <paramref name="script"/> once it has loaded), then waits for its <c>window.result</c>.</summary>
    private async Task<JsonObject> RunPageAsync(string url, string? script = null)
    {
        await using var chromium = await HeadlessChromium.StartAsync();
        var page = await chromium.NewPageAsync();
        page.Console += (_, message) => output.WriteLine($"console {message.Type}: {message.Text}");
        await page.GotoAsync(url);
        if (script is not null)
        {
            await page.AddScriptTagAsync(new() { Content = script });
        }
        await page.WaitForFunctionAsync("() => window.result !== undefined", null, new() { Timeout = (float)Timeout.TotalMilliseconds, PollingInterval = 250 });
        var json = await page.EvaluateAsync<string>("() => JSON.stringify(window.result)");
        output.WriteLine(json);
        return JsonNode.Parse(json)!.AsObject();
    }

    private static async Task RunAsync(params string[] command)
    {
        var (code, text) = await ShrinkRayCompatTests.RunAsync(command[0], command[1..]);
        Assert.True(code == 0, text);
    }

    private static Task<MediaProbe> ProbeAsync(string path) => new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(path);
}
