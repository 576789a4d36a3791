using System.Diagnostics;
using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Bench;

/// <summary>
/// The two plain-FFmpeg floors a video job is compared with.
/// <list type="bullet">
/// <item><b>Same frames</b> (the goal's floor): the job's own finished pictures — decoded once, untimed, into raw
/// frames — encoded with the job's encoder settings, its narration as the sound. What is left
/// above it is the job's own overhead: the filter graph, scaling, captions, the music mix, the steps around the mux.</item>
/// <item><b>Clips</b> (the first floor): the library clips statically cropped and concatenated. It has none of the
/// pans, cross-fades, cards and captions, so x264 has less to encode; the look itself shows up as overhead.</item>
/// </list>
/// </summary>
internal static class VideoFloors
{
    /// <summary>Times the encode of the job's own frames with the job's settings: wall and CPU seconds of the encode alone.</summary>
    public static async Task<(double Seconds, double CpuSeconds)> SameFramesAsync(BenchEnvironment env, Job job)
    {
        var c = CultureInfo.InvariantCulture;
        var rendered = env.Layout.Resolve(job.Output[0].Path);
        var video = await BenchTools.Ffprobe.ProbeAsync(rendered);
        var duration = video.Duration!.Value.TotalSeconds;
        var frames = Path.Combine(env.Root, $"frames-{job.Id}.nut");
        var output = Path.Combine(env.Root, $"floor-frames-{job.Id}.mp4");
        try
        {
            // Untimed: the job's pictures as raw frames (2 GB for the 25 s sample), which cost nothing to decode. A lossless
            // codec would not do: decoding Ut Video at 1080p measured 9 ms a frame, a quarter of x264's veryfast encode.
            await BenchTools.Ffmpeg.RunAsync(["-y", "-i", rendered, "-map", "0:v", "-c:v", "rawvideo", "-pix_fmt", "yuv420p", frames]);
            var quality = QualityProfile.Balanced;
            var cpu = ProcessCpu.Seconds();
            var clock = Stopwatch.StartNew();
            await BenchTools.Ffmpeg.RunAsync(["-y", "-i", frames, "-i", Narration(env, job), "-map", "0:v", "-map", "1:a",
                "-c:v", "libx264", "-preset", quality.X26xPreset, "-profile:v", "high", "-pix_fmt", "yuv420p", "-crf", quality.X264Crf.ToString(c), "-g", "50",
                "-c:a", "aac", "-b:a", "160k", "-ar", "48000", "-ac", "2", "-t", duration.ToString("F3", c), "-movflags", "+faststart", output]);
            return (clock.Elapsed.TotalSeconds, ProcessCpu.Seconds() - cpu);
        }
        finally
        {
            File.Delete(frames);
        }
    }

    /// <summary>Encodes the same clips and the narration into a video of the job's size, rate, codec and length: wall seconds.</summary>
    public static async Task<double> ClipsAsync(BenchEnvironment env, Job job, VideoAssetCatalog catalog)
    {
        var video = await BenchTools.Ffprobe.ProbeAsync(env.Layout.Resolve(job.Output[0].Path));
        var width = video.PrimaryVideo!.Width!.Value;
        var height = video.PrimaryVideo.Height!.Value;
        var duration = video.Duration!.Value.TotalSeconds;
        var output = Path.Combine(env.Root, $"floor-{job.Id}.mp4");
        var arguments = ClipsArguments(catalog, Narration(env, job), output, width, height, duration);
        var clock = Stopwatch.StartNew();
        await BenchTools.Ffmpeg.RunAsync(arguments);
        return clock.Elapsed.TotalSeconds;
    }

    private static string Narration(BenchEnvironment env, Job job) =>
        env.Layout.Resolve(job.Steps.SelectMany(s => s.Artifacts).Single(a => a.Name == VideoArtifacts.Narration).Path);

    /// <summary>Clips cut to equal parts, scaled and cropped to the frame and concatenated, the narration as the sound: the least a video like this needs.</summary>
    private static List<string> ClipsArguments(VideoAssetCatalog catalog, string narration, string output, int width, int height, double duration)
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
}
