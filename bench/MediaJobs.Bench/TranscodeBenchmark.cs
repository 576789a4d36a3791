using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Bench;

/// <summary>
/// The <c>transcode</c> job with preset <c>compress-hevc</c> (submit → Succeeded: preflight, probe, encode, verify,
/// replace) against the floor: the IDENTICAL ffmpeg command the job ran — read from the first line of its
/// <c>encode-*-ffmpeg.log</c> — re-run by bash on a fresh copy of the same source. Runs alternate job / plain;
/// the source is restored before each (the job replaces it).
/// </summary>
internal static class TranscodeBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = ArgValue(args, "--runs", 3);
        var seconds = ArgValue(args, "--seconds", 20);
        var c = CultureInfo.InvariantCulture;

        var media = Path.Combine(Path.GetTempPath(), "mediajobs-bench-media", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(media);
        try
        {
            var pristine = Path.Combine(media, "..", Path.GetFileName(media) + "-source.mp4");
            await GenerateSourceAsync(pristine, seconds);
            var source = Path.Combine(media, "clip.mp4");
            var options = new TranscodeOptions();
            var encoders = new EncoderSelector(BenchTools.Tools, BenchTools.Runner, options);
            await encoders.DetectAsync(CancellationToken.None); // as the server does at start-up
            await using var env = await BenchEnvironment.CreateAsync(1, _ =>
                [new TranscodePipeline(BenchTools.Tools, BenchTools.Ffmpeg, BenchTools.Ffprobe, BenchTools.Runner, new MediaRoots([media]), options, encoders, TimeProvider.System)]);
            await env.Engine.StartAsync(CancellationToken.None);

            Console.WriteLine(string.Create(c, $"source: {seconds} s 1280x720 25 fps H.264 testsrc2 (8 Mb/s) + AAC sine, {new FileInfo(pristine).Length / 1e6:F1} MB"));
            Console.WriteLine();
            Console.WriteLine("| run | compress-hevc job (submit → Succeeded) | of which its ffmpeg (`transcode_secs`) | job outside ffmpeg | identical plain ffmpeg | ratio |");
            Console.WriteLine("|---|---|---|---|---|---|");
            List<double> jobs = [], encodes = [], plains = [], ratios = [];
            string? command = null;
            for (var i = 1; i <= runs; i++)
            {
                Restore(media, pristine, source);
                var clock = Stopwatch.StartNew();
                var job = await env.Service.SubmitAsync(new JobSubmission
                {
                    Type = TranscodePipeline.TypeName,
                    Preset = "compress-hevc",
                    Input = new JsonObject { ["path"] = source },
                }, CancellationToken.None);
                var done = await env.WaitForFinalAsync(job.Id, TimeSpan.FromMinutes(15));
                var jobSeconds = clock.Elapsed.TotalSeconds;
                if (done.Status != JobStatus.Succeeded)
                {
                    await Console.Error.WriteLineAsync($"job ended {done.Status}: {done.Message}");
                    return 1;
                }
                // Missing in some runs: the verify step copies it from the progress details (see docs/benchmarks.md).
                var encodeSeconds = (double?)done.Results[TranscodeResults.TranscodeSecs]
                    ?? (double?)done.Results["progress"]?[TranscodeResults.TranscodeSecs] ?? double.NaN;
                var log = Directory.GetFiles(env.Layout.LogDirectory(job.Id), "encode-*-ffmpeg.log").Order(StringComparer.Ordinal).Last();
                command = (await File.ReadAllLinesAsync(log))[0];

                Restore(media, pristine, source);
                clock.Restart();
                await PlainProcess.RunAsync("bash", ["-c", command]);
                var plainSeconds = clock.Elapsed.TotalSeconds;

                jobs.Add(jobSeconds);
                encodes.Add(encodeSeconds);
                plains.Add(plainSeconds);
                ratios.Add(jobSeconds / plainSeconds);
                Console.WriteLine(string.Create(c, $"| {i} | {jobSeconds:F2} s | {encodeSeconds:F2} s | {jobSeconds - encodeSeconds:F2} s | {plainSeconds:F2} s | **{jobSeconds / plainSeconds:F3}×** |"));
            }
            Console.WriteLine(string.Create(c, $"| median | {PlainProcess.Median(jobs):F2} s | {PlainProcess.Median(encodes.Where(double.IsFinite).ToList()):F2} s | {PlainProcess.Median(jobs.Zip(encodes, (j, e) => j - e).Where(double.IsFinite).ToList()):F2} s | {PlainProcess.Median(plains):F2} s | **{PlainProcess.Median(ratios):F3}×** |"));
            Console.WriteLine();
            Console.WriteLine(string.Create(c, $"goal ≤ 1.03×; {Environment.ProcessorCount} cores. The command (last run):"));
            Console.WriteLine();
            Console.WriteLine("```");
            Console.WriteLine(command);
            Console.WriteLine("```");
            File.Delete(pristine);
            return 0;
        }
        finally
        {
            Directory.Delete(media, recursive: true);
        }
    }

    /// <summary>Empties the media folder (the encoded file, a temp) and puts a fresh copy of the source back.</summary>
    private static void Restore(string media, string pristine, string source)
    {
        foreach (var file in Directory.GetFiles(media))
        {
            File.Delete(file);
        }
        File.Copy(pristine, source);
    }

    private static async Task GenerateSourceAsync(string path, int seconds)
    {
        var t = seconds.ToString(CultureInfo.InvariantCulture);
        await BenchTools.Ffmpeg.RunAsync(
        [
            "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25", "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000",
            "-t", t, "-c:v", "libx264", "-preset", "veryfast", "-b:v", "8M", "-maxrate", "8M", "-bufsize", "16M", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-b:a", "128k", "-movflags", "+faststart", path,
        ]);
    }

    private static int ArgValue(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }
}
