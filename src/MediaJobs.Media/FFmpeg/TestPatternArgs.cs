using System.Globalization;

namespace MediaJobs.Media.FFmpeg;

/// <summary>Pure builder of the ffmpeg arguments that render a synthetic test clip (diagnostics, tests, cancel drills).</summary>
public static class TestPatternArgs
{
    /// <summary>Arguments for <see cref="FfmpegRunner.RunAsync"/> (which adds <c>-progress</c>, <c>-nostats</c>, <c>-y</c>).</summary>
    public static IReadOnlyList<string> Build(TestPatternOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Duration, TimeSpan.Zero, nameof(options));
        var inv = CultureInfo.InvariantCulture;
        var duration = options.Duration.TotalSeconds.ToString("0.###", inv);
        var video = string.Create(inv, $"testsrc2=size={options.Width}x{options.Height}:rate={options.FrameRate}:duration={duration}");
        var audio = string.Create(inv, $"sine=frequency={options.AudioFrequency}:sample_rate=48000:duration={duration}");

        var args = new List<string>();
        if (options.Realtime)
        {
            args.Add("-re");
        }

        args.AddRange(["-f", "lavfi", "-i", video]);
        if (options.Realtime)
        {
            args.Add("-re");
        }

        args.AddRange(["-f", "lavfi", "-i", audio,
            "-c:v", "libx264", "-preset", options.Preset, "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", options.OutputPath]);
        return args;
    }
}
