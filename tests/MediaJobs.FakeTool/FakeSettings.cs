using System.Globalization;

namespace MediaJobs.FakeTool;

/// <summary>
/// The fake's behaviour, read from its own <c>--fake-*</c> arguments; every other argument (ffmpeg's) is ignored,
/// except the last, which is the output path as for ffmpeg.
/// </summary>
internal sealed record FakeSettings
{
    /// <summary>Media seconds the fake pretends to encode.</summary>
    public double Duration { get; init; } = 10;

    /// <summary>Media seconds per wall-clock second (ffmpeg's <c>speed=</c>).</summary>
    public double Speed { get; init; } = 1;

    /// <summary>Wall-clock time between two progress blocks.</summary>
    public TimeSpan BlockInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Media time at which progress stops and the fake hangs (a source that never delivers).</summary>
    public double? StallAt { get; init; }

    /// <summary>Exit code once the duration is done; non-zero prints an error on stderr first.</summary>
    public int ExitCode { get; init; }

    /// <summary>Fail (exit code, default 1) only when this marker file does not exist yet, creating it: a flaky tool.</summary>
    public string? FailOnceMarker { get; init; }

    /// <summary>Bytes written to the output path when the run succeeds or is stopped with <c>q</c>.</summary>
    public long? OutputBytes { get; init; }

    /// <summary>Ignore <c>q</c>, SIGINT and SIGTERM: only a kill stops it.</summary>
    public bool IgnoreStop { get; init; }

    /// <summary>Print this file on stdout and exit 0, nothing else: stands in for ffprobe's JSON answer.</summary>
    public string? PrintFile { get; init; }

    /// <summary>
    /// A quality score to print after a comparison run (<c>-lavfi</c> with <c>libvmaf</c> or <c>ssim</c>), in that
    /// filter's summary line; with <see cref="HasVmaf"/> the <c>-filters</c> listing also offers <c>libvmaf</c>.
    /// </summary>
    public double? Score { get; init; }

    /// <summary>Whether the fake's <c>-filters</c> listing has <c>libvmaf</c> (an FFmpeg built with it).</summary>
    public bool HasVmaf { get; init; }

    /// <summary>ffmpeg's output path: the last argument, unless it is an option or <c>-</c> (a null output).</summary>
    public string? OutputPath { get; init; }

    public static FakeSettings Parse(IReadOnlyList<string> args)
    {
        var settings = new FakeSettings
        {
            OutputPath = args.Count > 0 && !args[^1].StartsWith('-') ? args[^1] : null,
        };
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            double Number() => double.Parse(Next(), CultureInfo.InvariantCulture);
            settings = args[i] switch
            {
                "--fake-duration" => settings with { Duration = Number() },
                "--fake-speed" => settings with { Speed = Number() },
                "--fake-block-ms" => settings with { BlockInterval = TimeSpan.FromMilliseconds(Number()) },
                "--fake-stall-at" => settings with { StallAt = Number() },
                "--fake-exit" => settings with { ExitCode = (int)Number() },
                "--fake-fail-once" => settings with { FailOnceMarker = Next() },
                "--fake-output-bytes" => settings with { OutputBytes = (long)Number() },
                "--fake-ignore-stop" => settings with { IgnoreStop = true },
                "--fake-print" => settings with { PrintFile = Next() },
                "--fake-score" => settings with { Score = Number() },
                "--fake-vmaf" => settings with { HasVmaf = true },
                _ => settings,
            };
        }
        return settings;
    }
}
