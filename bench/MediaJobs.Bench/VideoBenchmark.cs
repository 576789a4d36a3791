using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;
using Microsoft.Extensions.Logging.Abstractions;

namespace MediaJobs.Bench;

/// <summary>
/// The <c>sample-hello-youtube</c> job at 1920×1080 with burned word-by-word captions (submit → Succeeded: script,
/// espeak-ng narration, word timing, b-roll plan, subtitles and the ASS script, one-pass mux with title and end cards,
/// thumbnail) against the floor: ONE plain FFmpeg command that encodes the same frames — the same library clips at the
/// same size, rate and duration, the same encoder settings — with the job's narration as its sound, and nothing else (no
/// pan, cross-fades, captions, cards or music mix). Alternating, in the same process; the load average is printed per run.
/// Then a fresh data folder: the library rendered by the server's start-up warm-up, the first and the second job timed.
/// </summary>
internal static class VideoBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 5;
        var assets = Path.Combine(Path.GetTempPath(), "mediajobs-bench-assets");
        var catalog = await VideoAssetLibrary.EnsureAsync(assets, BenchTools.Ffmpeg, CancellationToken.None);
        await using var env = await BenchEnvironment.CreateAsync(1, _ => [new VideoPipeline(BenchTools.Tools, BenchTools.Ffmpeg, BenchTools.Ffprobe, BenchTools.Runner, assets)]);
        await env.Engine.StartAsync(CancellationToken.None);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| run | load (1 min) | sample job 1080p, burned captions | of which mux step | plain ffmpeg floor | job / floor | mux / floor | CPU: job / floor |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var load = LoadAverage();
            var cpu = CpuSeconds();
            var (done, jobSeconds) = await SampleJobAsync(env);
            var jobCpu = CpuSeconds() - cpu;
            if (done.Status != JobStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"sample job ended {done.Status}: {done.Message}");
                return 1;
            }
            cpu = CpuSeconds();
            var floorSeconds = await FloorAsync(env, done, catalog);
            var floorCpu = CpuSeconds() - cpu;
            var muxSeconds = done.FindStep("mux")!.DurationMs / 1000.0;
            // Run 0 warms the JIT and the page cache: shown, not counted.
            var label = i == 0 ? "warm-up" : i.ToString(c);
            if (i > 0)
            {
                ratios.Add(jobSeconds / floorSeconds);
                cpuRatios.Add(jobCpu / floorCpu);
            }
            Console.WriteLine(string.Create(c, $"| {label} | {load} | {jobSeconds:F2} s | {muxSeconds:F2} s | {floorSeconds:F2} s | **{jobSeconds / floorSeconds:F2}×** | {muxSeconds / floorSeconds:F2}× | {jobCpu:F1} / {floorCpu:F1} s = {jobCpu / floorCpu:F2}× |"));
        }
        ratios.Sort();
        cpuRatios.Sort();
        Console.WriteLine(string.Create(c, $"\nmedian ratio {ratios[ratios.Count / 2]:F2}× (goal ≤ 1.25×), CPU seconds {cpuRatios[cpuRatios.Count / 2]:F2}×; {Environment.ProcessorCount} cores"));
        return await FreshDataFolderAsync();
    }

    /// <summary>Submits the sample job (1080p, balanced) and waits for its end: the job and its wall time from submit.</summary>
    private static async Task<(Job Job, double Seconds)> SampleJobAsync(BenchEnvironment env)
    {
        var clock = Stopwatch.StartNew();
        var job = await env.Service.SubmitAsync(new JobSubmission
        {
            Type = VideoPipeline.TypeName,
            Preset = VideoPipeline.SamplePreset,
            Options = new JsonObject { ["allowSkipUnavailable"] = true, ["quality"] = "balanced" },
        }, CancellationToken.None);
        var done = await env.WaitForFinalAsync(job.Id, TimeSpan.FromMinutes(20));
        return (done, clock.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A fresh data folder as a new server sees it: the server's start-up warm-up renders the clip library in the
    /// background; once it is ready (scripts/demo waits for the same moment), the first video job and a second one.
    /// The first must be no slower than the second: the library is no part of a user's job.
    /// </summary>
    private static async Task<int> FreshDataFolderAsync()
    {
        var c = CultureInfo.InvariantCulture;
        string assets = "";
        await using var env = await BenchEnvironment.CreateAsync(1, layout =>
        {
            assets = VideoPipeline.AssetsDirectoryOf(layout);
            return [new VideoPipeline(BenchTools.Tools, BenchTools.Ffmpeg, BenchTools.Ffprobe, BenchTools.Runner, assets)];
        });
        using var warmup = new VideoLibraryWarmup(new VideoLibraryOptions(), assets, BenchTools.Ffmpeg, NullLogger<VideoLibraryWarmup>.Instance);
        var clock = Stopwatch.StartNew();
        await warmup.StartAsync(CancellationToken.None);
        await env.Engine.StartAsync(CancellationToken.None);
        var library = await warmup.Completion ?? throw new InvalidOperationException("the start-up warm-up did not render the library");
        var prepared = clock.Elapsed.TotalSeconds;
        Console.WriteLine("\n| fresh data folder | load (1 min) | library at start (background) | first video job | its broll step | second video job | its broll step | first / second |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        var load = LoadAverage();
        var (first, firstSeconds) = await SampleJobAsync(env);
        var (second, secondSeconds) = await SampleJobAsync(env);
        await warmup.StopAsync(CancellationToken.None);
        if (first.Status != JobStatus.Succeeded || second.Status != JobStatus.Succeeded)
        {
            await Console.Error.WriteLineAsync($"fresh-folder jobs ended {first.Status} / {second.Status}");
            return 1;
        }
        var firstBroll = first.FindStep(BrollStep.StepName)!.DurationMs;
        var secondBroll = second.FindStep(BrollStep.StepName)!.DurationMs;
        Console.WriteLine(string.Create(c, $"| {Path.GetFileName(env.Root)} | {load} | {prepared:F1} s ({library.RenderedCount} files) | {firstSeconds:F2} s | {firstBroll} ms | {secondSeconds:F2} s | {secondBroll} ms | **{firstSeconds / secondSeconds:F2}×** |"));
        return 0;
    }

    /// <summary>Encodes the same clips and the narration into a video of the job's size, rate, codec and length.</summary>
    private static async Task<double> FloorAsync(BenchEnvironment env, Job job, VideoAssetCatalog catalog)
    {
        var video = await BenchTools.Ffprobe.ProbeAsync(env.Layout.Resolve(job.Output[0].Path));
        var width = video.PrimaryVideo!.Width!.Value;
        var height = video.PrimaryVideo.Height!.Value;
        var duration = video.Duration!.Value.TotalSeconds;
        var narration = env.Layout.Resolve(job.Steps.SelectMany(s => s.Artifacts).Single(a => a.Name == VideoArtifacts.Narration).Path);
        var output = Path.Combine(env.Root, $"floor-{job.Id}.mp4");
        var arguments = FloorArguments(catalog, narration, output, width, height, duration);
        var clock = Stopwatch.StartNew();
        await BenchTools.Ffmpeg.RunAsync(arguments);
        return clock.Elapsed.TotalSeconds;
    }

    /// <summary>Clips cut to equal parts, scaled and cropped to the frame and concatenated, the narration as the sound: the least a video like this needs.</summary>
    internal static IReadOnlyList<string> FloorArguments(VideoAssetCatalog catalog, string narration, string output, int width, int height, double duration)
    {
        var c = CultureInfo.InvariantCulture;
        var clips = catalog.Clips;
        var part = duration / clips.Count;
        var args = new List<string>();
        foreach (var clip in clips)
        {
            args.AddRange(["-stream_loop", "-1", "-t", part.ToString("F3", c), "-i", clip.Path]);
        }
        args.AddRange(["-i", narration]);
        var cropped = string.Concat(clips.Select((_, i) => string.Create(c,
            $"[{i}:v]fps=25,scale={width}:{height}:force_original_aspect_ratio=increase,crop={width}:{height},setsar=1[v{i}];")));
        var inputs = string.Concat(clips.Select((_, i) => $"[v{i}]"));
        var graph = cropped + string.Create(c, $"{inputs}concat=n={clips.Count}:v=1:a=0,format=yuv420p[vout]");
        var quality = QualityProfile.Balanced;
        args.AddRange(["-filter_complex", graph, "-map", "[vout]", "-map", string.Create(c, $"{clips.Count}:a"),
            "-c:v", "libx264", "-preset", quality.X26xPreset, "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", quality.X264Crf.ToString(c), "-g", "50", "-r", "25",
            "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", "-t", duration.ToString("F3", c), "-movflags", "+faststart", output]);
        return args;
    }

    /// <summary>
    /// CPU seconds of this process and of its finished children (ffmpeg, espeak-ng: reaped children add to cutime/cstime),
    /// from /proc/self/stat. Unlike wall time, it barely moves with what else the shared machine runs.
    /// </summary>
    private static double CpuSeconds()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // After the command name: utime, stime, cutime, cstime are fields 14–17 of the whole line (12–15 here).
        return Enumerable.Range(11, 4).Sum(i => long.Parse(fields[i], CultureInfo.InvariantCulture)) / 100.0;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
