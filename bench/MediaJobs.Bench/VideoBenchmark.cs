using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Bench;

/// <summary>
/// The <c>sample-hello-youtube</c> job's wall time (submit → Succeeded: script, espeak-ng narration,
/// b-roll plan, subtitles, one-pass mux) against the floor: ONE plain FFmpeg command that encodes a
/// video of the same duration, resolution and codec from the same inputs (the same library clips, the
/// job's narration and music bed), with the same encoder settings, run in the same process right after.
/// </summary>
internal static class VideoBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = args.Length > 0 && int.TryParse(args[0], CultureInfo.InvariantCulture, out var n) ? n : 3;
        var assets = Path.Combine(Path.GetTempPath(), "mediajobs-bench-assets");
        var catalog = await VideoAssetLibrary.EnsureAsync(assets, BenchTools.Ffmpeg, CancellationToken.None);
        await using var env = await BenchEnvironment.CreateAsync(1, _ => [new VideoPipeline(BenchTools.Tools, BenchTools.Ffmpeg, BenchTools.Ffprobe, BenchTools.Runner, assets)]);
        await env.Engine.StartAsync(CancellationToken.None);

        var c = CultureInfo.InvariantCulture;
        Console.WriteLine("| run | sample job | of which mux step | plain ffmpeg floor | job / floor | mux / floor |");
        Console.WriteLine("|---|---|---|---|---|---|");
        var ratios = new List<double>();
        for (var i = 1; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var job = await env.Service.SubmitAsync(new JobSubmission
            {
                Type = VideoPipeline.TypeName,
                Preset = "sample-hello-youtube",
                Options = new JsonObject { ["allowSkipUnavailable"] = true, ["quality"] = "balanced" },
            }, CancellationToken.None);
            var done = await env.WaitForFinalAsync(job.Id, TimeSpan.FromMinutes(10));
            var jobSeconds = clock.Elapsed.TotalSeconds;
            if (done.Status != JobStatus.Succeeded)
            {
                await Console.Error.WriteLineAsync($"sample job ended {done.Status}: {done.Message}");
                return 1;
            }
            var floorSeconds = await FloorAsync(env, done, catalog);
            ratios.Add(jobSeconds / floorSeconds);
            var muxSeconds = done.FindStep("mux")!.DurationMs / 1000.0;
            Console.WriteLine(string.Create(c, $"| {i} | {jobSeconds:F2} s | {muxSeconds:F2} s | {floorSeconds:F2} s | **{jobSeconds / floorSeconds:F2}×** | {muxSeconds / floorSeconds:F2}× |"));
        }
        ratios.Sort();
        Console.WriteLine(string.Create(c, $"\nmedian ratio {ratios[ratios.Count / 2]:F2}× (goal ≤ 1.5×); {Environment.ProcessorCount} cores"));
        return 0;
    }

    /// <summary>Encodes the same clips, narration and music into a video of the job's size, rate, codec and length.</summary>
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

    /// <summary>Clips cut to equal parts and concatenated, voice over music: the least a video like this needs.</summary>
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
        args.AddRange(["-i", narration, "-stream_loop", "-1", "-i", catalog.Music[0].Path]);
        var scaled = string.Concat(clips.Select((_, i) => string.Create(c,
            $"[{i}:v]fps=25,scale={width}:{height}:force_original_aspect_ratio=increase,crop={width}:{height},setsar=1[v{i}];")));
        var inputs = string.Concat(clips.Select((_, i) => $"[v{i}]"));
        var graph = scaled + string.Create(c, $"{inputs}concat=n={clips.Count}:v=1:a=0,format=yuv420p[vout];")
            + string.Create(c, $"[{clips.Count + 1}:a]volume=0.35[bed];[{clips.Count}:a][bed]amix=inputs=2:duration=first[aout]");
        args.AddRange(["-filter_complex", graph, "-map", "[vout]", "-map", "[aout]",
            "-c:v", "libx264", "-preset", "veryfast", "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", "20", "-r", "25",
            "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-t", duration.ToString("F3", c), "-movflags", "+faststart", output]);
        return args;
    }
}
