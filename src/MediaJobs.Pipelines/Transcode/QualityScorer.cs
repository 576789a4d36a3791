using System.Globalization;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Scores an encoded sample against the same window of its source: VMAF when FFmpeg has <c>libvmaf</c>, else SSIM.</summary>
public sealed class QualityScorer(ToolLocator tools, ProcessRunner runner, FfmpegRunner ffmpeg)
{
    private Lazy<Task<QualityMetric>>? _metric;

    public Task<QualityMetric> MetricAsync(CancellationToken ct) =>
        LazyInitializer.EnsureInitialized(ref _metric, () => new Lazy<Task<QualityMetric>>(DetectAsync)).Value.WaitAsync(ct);

    /// <summary>The comparison command (pure): both inputs start at zero and share a pixel format.</summary>
    public static IReadOnlyList<string> Arguments(QualityMetric metric, string sample, string source, TimeSpan start, TimeSpan length)
    {
        var filter = metric == QualityMetric.Vmaf ? "libvmaf" : "ssim";
        return
        [
            "-nostdin", "-i", sample,
            "-ss", Seconds(start), "-t", Seconds(length), "-i", source,
            "-lavfi", $"[0:v]setpts=PTS-STARTPTS,format=yuv420p[a];[1:v]setpts=PTS-STARTPTS,format=yuv420p[b];[a][b]{filter}",
            "-f", "null", "-",
        ];
    }

    public async Task<double> ScoreAsync(QualityMetric metric, string sample, string source, TimeSpan start, TimeSpan length, string? logPath, CancellationToken ct)
    {
        double? score = null;
        await ffmpeg.RunAsync(Arguments(metric, sample, source, start, length), new FfmpegRunOptions
        {
            LogPath = logPath,
            OnStderrLine = line => score = QualityScoreParser.Parse(metric, line) ?? score,
        }, ct);
        return score ?? throw new MediaJobsException(new JobError("ScoreMissing", $"ffmpeg printed no {metric} score for {sample}.", "See the ffmpeg log in the job's logs folder."));
    }

    private async Task<QualityMetric> DetectAsync()
    {
        var result = await runner.RunAsync(new ProcessSpec(tools.Find(MediaTool.Ffmpeg), ["-hide_banner", "-filters"])
        {
            ToolName = "ffmpeg",
            CaptureStandardOutput = true,
            GracefulStop = GracefulStop.Terminate,
        });
        return FfmpegCapabilityParser.ParseFilters(result.StandardOutput).Contains("libvmaf") ? QualityMetric.Vmaf : QualityMetric.Ssim;
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
