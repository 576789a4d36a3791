using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>analyze</c> (SmartShrink presets): encodes short samples spread through the file at candidate CRFs
/// (binary search), scores each against the source (<see cref="QualityScorer"/>), and picks the highest CRF that
/// meets the tier's threshold (<see cref="QualityTier"/>). Reports the CRF, the score and the predicted size; when
/// no CRF meets the target with a saving the job ends Skipped ("already optimised").
/// </summary>
public sealed class AnalyzeStep(FfmpegRunner ffmpeg, FfprobeClient ffprobe, EncoderSelector encoders, QualityScorer scorer, Func<TranscodeOptions> options) : IJobStep<TranscodeRequest>
{
    public const string StepName = "analyze";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var tier = request.Quality ?? throw new InvalidOperationException("SmartShrink needs a quality tier");
        var probe = await ffprobe.ProbeAsync(request.Path, ct, context.NewToolLogPath("ffprobe"));
        var duration = probe.Duration ?? TimeSpan.Zero;
        var samples = SamplePlan.For(duration, options().SampleLength, options().SampleCount);
        var metric = await scorer.MetricAsync(ct);
        var encoder = await encoders.SelectAsync(request.Preset.Codec, ct);
        var search = CrfSearch.For(request.Preset.Codec);
        var sampleSeconds = samples.Sum(s => s.Length.TotalSeconds);
        var bytesPerCrf = new Dictionary<int, long>();
        var tried = 0;
        var metricName = metric == QualityMetric.Vmaf ? "vmaf" : "ssim";
        // The search shows as its own phase from the start (Shrinkray's "analyzing"), then rises try by try.
        JsonObject Searching(int? crf, double? score) => TranscodeProgress.Stamp(new JsonObject
        {
            [TranscodeResults.Tries] = tried,
            [TranscodeResults.TriedCrf] = crf,
            [TranscodeResults.TriedScore] = score is { } s ? Math.Round(s, 4) : null,
            [TranscodeResults.SmartShrinkMetric] = metricName,
        }, context, TranscodePhase.Analyzing);
        context.ReportProgress(0, Searching(null, null));
        await context.FlushProgressAsync(ct);
        var found = await search.FindAsync(tier.Threshold(metric), async crf =>
        {
            var scores = new List<double>();
            long bytes = 0;
            for (var i = 0; i < samples.Count; i++)
            {
                var (start, length) = samples[i];
                var file = Path.Combine(context.WorkDirectory, $"sample-{i}-crf{crf}.mkv");
                var plan = ReencodeArgs.Build(new EncodeSettings(request.Path, file, OutputContainer.Matroska, encoder, crf, probe)
                {
                    Window = (start, length),
                    VideoOnly = true,
                    X265Preset = options().X265Preset,
                    SvtAv1Preset = options().SvtAv1Preset,
                });
                await ffmpeg.RunAsync(plan.Arguments, new FfmpegRunOptions { LogPath = context.NewToolLogPath("ffmpeg") }, ct);
                bytes += new FileInfo(file).Length;
                scores.Add(await scorer.ScoreAsync(metric, file, request.Path, start, length, context.NewToolLogPath("ffmpeg"), ct));
                File.Delete(file);
            }
            bytesPerCrf[crf] = bytes;
            // The typed results are set once below; the tries go out as progress details only (written by the progress commits).
            await context.LogAsync(Core.Events.EventLevel.Info, $"SmartShrink try {++tried}: CRF {crf} scores {metric} {scores.Min():0.0000}, {bytes} bytes in {samples.Count} sample(s)", ct);
            context.ReportProgress(Math.Min(99, 100.0 * tried / search.MaxTries), Searching(crf, scores.Min()));
            return scores.Min();
        });
        if (found is not { } best)
        {
            throw new SkipJobException($"already optimised: no CRF in {search.Min}–{search.Max} reaches {metric} {tier.Threshold(metric)} ({tier.Name})");
        }
        var inputSize = context.TryGet(TranscodeState.InputSize, out var probed) ? probed : new FileInfo(request.Path).Length;
        var otherBytes = probe.Streams.Where(s => s.IsAudio).Sum(s => (s.BitRate ?? 0) * duration.TotalSeconds / 8);
        var predicted = (long)((bytesPerCrf[best.Crf] / Math.Max(0.001, sampleSeconds) * duration.TotalSeconds) + otherBytes);
        context.Set(TranscodeState.SmartShrinkCrf, best.Crf);
        context.SetResult(TranscodeResults.SmartShrinkScore, Math.Round(best.Score, 4));
        context.SetResult(TranscodeResults.SmartShrinkMetric, metricName);
        context.SetResult(TranscodeResults.PredictedSize, predicted);
        context.ReportProgress(100);
        if (predicted >= inputSize)
        {
            throw new SkipJobException($"already optimised: at CRF {best.Crf} the file would be about {predicted} bytes, not smaller than {inputSize}");
        }
    }
}
