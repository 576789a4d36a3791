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
/// thumbnail) against two plain-FFmpeg floors (<see cref="VideoFloors"/>): the job's own frames encoded with its settings
/// (the goal's floor) and the library clips statically cropped. Alternating, in the same process; the load average is
/// printed per run.
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
        Console.WriteLine("| run | load (1 min) | sample job 1080p, burned captions | of which mux step | same-frames floor | **job / same frames** | CPU: job / same frames | clips floor | job / clips |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|");
        var ratios = new List<double>();
        var cpuRatios = new List<double>();
        var clipRatios = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var load = LoadAverage();
            var cpu = ProcessCpu.Seconds();
            var (done, jobSeconds) = await SampleJobAsync(env);
            var jobCpu = ProcessCpu.Seconds() - cpu;
            if (done.Status != JobStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"sample job ended {done.Status}: {done.Message}");
                return 1;
            }
            var (framesSeconds, framesCpu) = await VideoFloors.SameFramesAsync(env, done);
            var clipsSeconds = await VideoFloors.ClipsAsync(env, done, catalog);
            var muxSeconds = done.FindStep("mux")!.DurationMs / 1000.0;
            // Run 0 warms the JIT and the page cache: shown, not counted.
            var label = i == 0 ? "warm-up" : i.ToString(c);
            if (i > 0)
            {
                ratios.Add(jobSeconds / framesSeconds);
                cpuRatios.Add(jobCpu / framesCpu);
                clipRatios.Add(jobSeconds / clipsSeconds);
            }
            Console.WriteLine(string.Create(c, $"| {label} | {load} | {jobSeconds:F2} s | {muxSeconds:F2} s | {framesSeconds:F2} s | **{jobSeconds / framesSeconds:F2}×** | {jobCpu:F1} / {framesCpu:F1} s = {jobCpu / framesCpu:F2}× | {clipsSeconds:F2} s | {jobSeconds / clipsSeconds:F2}× |"));
        }
        Console.WriteLine(string.Create(c, $"\nmedian ratio to the same-frames floor {Median(ratios):F2}× wall (goal ≤ 1.25×), {Median(cpuRatios):F2}× CPU seconds; to the clips floor {Median(clipRatios):F2}×; {Environment.ProcessorCount} cores"));
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

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
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
