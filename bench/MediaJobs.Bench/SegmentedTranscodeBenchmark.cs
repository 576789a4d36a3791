using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Bench;

/// <summary>
/// <c>transcode --segmented</c>: the same <c>compress-hevc</c> job on the same source, once in one piece and once in
/// durable segments (<c>options.segmentSeconds</c>), alternating; wall time (submit → Succeeded) and output size of
/// the segmented job as ratios to the one-piece job's. The source has a keyframe every 2 s, as the cuts need.
/// </summary>
internal static class SegmentedTranscodeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = ArgValue(args, "--runs", 2);
        var seconds = ArgValue(args, "--seconds", 60);
        var segmentSeconds = ArgValue(args, "--segment-seconds", 10);
        var c = CultureInfo.InvariantCulture;
        var media = Path.Combine(Path.GetTempPath(), "mediajobs-bench-media", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(media);
        try
        {
            var pristine = Path.Combine(media, "..", Path.GetFileName(media) + "-source.mp4");
            await BenchTools.Ffmpeg.RunAsync(
            [
                "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
                "-t", seconds.ToString(c), "-c:v", "libx264", "-preset", "veryfast", "-b:v", "8M", "-g", "50", "-pix_fmt", "yuv420p",
                "-c:a", "aac", "-b:a", "128k", pristine,
            ]);
            var source = Path.Combine(media, "clip.mp4");
            var options = new TranscodeOptions { X265Preset = "fast", DetectHardware = false };
            var encoders = new EncoderSelector(BenchTools.Tools, BenchTools.Runner, options);
            await using var env = await BenchEnvironment.CreateAsync(1, _ =>
                [new TranscodePipeline(BenchTools.Tools, BenchTools.Ffmpeg, BenchTools.Ffprobe, BenchTools.Runner, new MediaRoots([media]), options, encoders, TimeProvider.System)]);
            await env.Engine.StartAsync(CancellationToken.None);

            Console.WriteLine(string.Create(c, $"source: {seconds} s 1280x720 25 fps H.264 (8 Mb/s, keyframe every 2 s) + AAC; libx265 -preset fast CRF 26; segments of {segmentSeconds} s"));
            Console.WriteLine();
            Console.WriteLine("| run | one piece | segmented | wall ratio | one-piece size | segmented size | size ratio |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            List<double> wallRatios = [], sizeRatios = [];
            for (var i = 1; i <= runs; i++)
            {
                var (onePiece, onePieceSize) = await RunJobAsync(env, media, pristine, source, null);
                var (segmented, segmentedSize) = await RunJobAsync(env, media, pristine, source, segmentSeconds);
                wallRatios.Add(segmented / onePiece);
                sizeRatios.Add((double)segmentedSize / onePieceSize);
                Console.WriteLine(string.Create(c,
                    $"| {i} | {onePiece:F2} s | {segmented:F2} s | **{segmented / onePiece:F3}×** | {onePieceSize / 1e6:F3} MB | {segmentedSize / 1e6:F3} MB | **{(double)segmentedSize / onePieceSize:F4}×** |"));
            }
            Console.WriteLine(string.Create(c, $"| median | | | **{PlainProcess.Median(wallRatios):F3}×** | | | **{PlainProcess.Median(sizeRatios):F4}×** |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(c, $"goal ≤ 1.05× wall, ≤ 1.02× size; {Environment.ProcessorCount} cores."));
            File.Delete(pristine);
            return 0;
        }
        finally
        {
            Directory.Delete(media, recursive: true);
        }
    }

    /// <summary>One job on a fresh copy of the source: its wall time and the size of the file that replaced the source.</summary>
    private static async Task<(double Seconds, long Size)> RunJobAsync(BenchEnvironment env, string media, string pristine, string source, int? segmentSeconds)
    {
        foreach (var file in Directory.GetFiles(media))
        {
            File.Delete(file);
        }
        File.Copy(pristine, source);
        var clock = Stopwatch.StartNew();
        var job = await env.Service.SubmitAsync(new JobSubmission
        {
            Type = TranscodePipeline.TypeName,
            Preset = "compress-hevc",
            Input = new JsonObject { ["path"] = source },
            Options = segmentSeconds is { } s ? new JsonObject { ["segmentSeconds"] = s } : [],
        }, CancellationToken.None);
        var done = await env.WaitForFinalAsync(job.Id, TimeSpan.FromMinutes(30));
        var elapsed = clock.Elapsed.TotalSeconds;
        if (done.Status != JobStatus.Succeeded)
        {
            throw new InvalidOperationException($"job ended {done.Status}: {done.Message}");
        }
        return (elapsed, (long)done.Results[TranscodeResults.OutputSize]!);
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
