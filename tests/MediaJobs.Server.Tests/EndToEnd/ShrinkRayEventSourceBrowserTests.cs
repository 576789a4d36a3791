using System.Net;
using System.Text.Json;
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
/// Seed 002's browser client (its <c>EventSource</c> listener, verbatim) in headless Chromium, on a page of the
/// ShrinkRay surface's own origin so its relative URL resolves, following a real transcode to its output file.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class ShrinkRayEventSourceBrowserTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);
    private static readonly string[] EventTypes =
        ["init", "added", "jobs_added", "discovery_progress", "started", "progress", "complete", "failed", "skipped", "cancelled", "requeued", "removed", "notify_sent"];
    private static readonly string[] JobFields =
    [
        "id", "input_path", "output_path", "preset_id", "encoder", "is_hardware", "status", "progress", "speed", "eta",
        "input_size", "output_size", "space_saved", "duration_ms", "bitrate", "width", "height", "frame_rate", "video_codec",
        "profile", "bit_depth", "is_hdr", "transcode_secs", "created_at", "started_at", "completed_at",
    ];

    [Fact]
    public async Task Seed002EventSource_InHeadlessChromium_LogsTypedEventsUntilTheTranscodeCompletes()
    {
        var root = Directory.CreateTempSubdirectory("mediajobs-shrinkray-browser-").FullName;
        var media = Directory.CreateDirectory(Path.Combine(root, "media")).FullName;
        var clip = Path.Combine(media, "clip.mp4");
        var origin = $"http://127.0.0.1:{ServerProcess.FreeLoopbackPort()}";
        try
        {
            // 2 s of lossless H.264 with AAC: HEVC comes out smaller, so the job completes rather than skips.
            var (code, ffmpegOutput) = await ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error",
                "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:duration=2",
                "-c:v", "libx264", "-preset", "ultrafast", "-crf", "0", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", "-y", clip);
            Assert.True(code == 0, ffmpegOutput);
            var clipSize = new FileInfo(clip).Length;
            // Disposed in reverse order as the try block ends, each even when the other fails: browser, then server.
            await using var server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), Path.Combine(root, "data"), new Dictionary<string, string>
            {
                ["MediaJobs:Compat:ShrinkRay:Url"] = origin,
                ["MediaJobs:MediaRoots:0"] = media,
                ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
                ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.010",
            });
            await using var chromium = await HeadlessChromium.StartAsync();
            var page = await chromium.NewPageAsync();
            var console = new BrowserConsole(page);
            using var cts = new CancellationTokenSource(Timeout);

            // Any page of the surface's origin will do: the seed's '/api/jobs/stream' is relative.
            var opened = await page.GotoAsync($"{origin}/api/stats");
            Assert.Equal((int)HttpStatusCode.OK, opened?.Status);
            await page.AddScriptTagAsync(new() { Content = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Compat", "SeedClients", "seed002_eventsource.js")) });

            var init = await NextLogAsync(console, "init", cts.Token);
            Assert.Equal("init", init.GetProperty("type").GetString());
            Assert.Equal(JsonValueKind.Array, init.GetProperty("jobs").ValueKind);
            Assert.Equal(JsonValueKind.Object, init.GetProperty("stats").ValueKind);

            using var http = new HttpClient { BaseAddress = new Uri(origin) };
            using var create = await http.PostJsonAsync("/api/jobs", new JsonObject { ["paths"] = new JsonArray(clip), ["preset_id"] = "compress-hevc" }.ToJsonString());
            Assert.Equal(HttpStatusCode.Accepted, create.StatusCode);

            // Every console line is (type, data) until this clip's job ends.
            var events = new List<JsonElement>();
            var types = new List<string>();
            do
            {
                var data = await NextLogAsync(console, $"the job's end (seen: {string.Join(", ", types)})", cts.Token);
                Assert.Contains(data.GetProperty("type").GetString(), EventTypes);
                events.Add(data);
                types.Add(data.GetProperty("type").GetString()!);
            }
            while (!EndsJobOf(events[^1], clip));
            output.WriteLine($"console: init, {string.Join(", ", types)}");

            Assert.Equal("complete", types[^1]);
            var added = types.IndexOf("added");
            var started = types.IndexOf("started");
            var progress = types.IndexOf("progress", started + 1);
            Assert.True(0 <= added && added < started && started < progress, $"expected added, started, progress, complete in order: {string.Join(", ", types)}");
            var job = JobOf(events[^1]);
            var id = job.GetProperty("id").GetString();
            Assert.False(string.IsNullOrEmpty(id));
            Assert.Equal(id, JobOf(events[added]).GetProperty("id").GetString());
            Assert.Equal(id, JobOf(events[started]).GetProperty("id").GetString());
            Assert.Equal(JobFields, job.EnumerateObject().Select(p => p.Name));
            Assert.Equal("complete", job.GetProperty("status").GetString());
            Assert.Equal("compress-hevc", job.GetProperty("preset_id").GetString());
            Assert.Equal(100, job.GetProperty("progress").GetDouble());
            Assert.Equal("h264", job.GetProperty("video_codec").GetString());
            Assert.Equal(clipSize, job.GetProperty("input_size").GetInt64());
            Assert.InRange(job.GetProperty("output_size").GetInt64(), 1, clipSize - 1);

            // The real output: an HEVC file of the clip's length.
            var outputPath = job.GetProperty("output_path").GetString()!;
            var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(outputPath);
            Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
            Assert.InRange(probe.Duration!.Value.TotalSeconds, 1.8, 2.2);
            Assert.Equal(new FileInfo(outputPath).Length, job.GetProperty("output_size").GetInt64());
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static JsonElement JobOf(JsonElement data) => data.GetProperty("job");

    private static bool EndsJobOf(JsonElement data, string inputPath) =>
        data.GetProperty("type").GetString() is "complete" or "failed" or "skipped" && JobOf(data).GetProperty("input_path").GetString() == inputPath;

    /// <summary>
    /// The next <c>console.log</c> call: the seed logs <c>(data.type, data)</c>, so two arguments, the first being
    /// the second's <c>type</c>. Other console output (a missing favicon's network error) is not the seed's.
    /// </summary>
    private static async Task<JsonElement> NextLogAsync(BrowserConsole console, string awaited, CancellationToken ct)
    {
        while (true)
        {
            BrowserConsoleMessage message;
            try
            {
                message = await console.NextAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                throw new TimeoutException($"the seed's onmessage logged nothing more within {Timeout} while awaiting {awaited}");
            }
            if (message.Type != "log")
            {
                continue;
            }
            Assert.Equal(2, message.Args.Count);
            Assert.Equal(JsonValueKind.String, message.Args[0].ValueKind);
            Assert.Equal(message.Args[0].GetString(), message.Args[1].GetProperty("type").GetString());
            return message.Args[1];
        }
    }
}
