using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The encode and the verification of its temp file, shared by the <c>encode</c>, <c>verify</c> and <c>replace</c>
/// steps (the later two re-create the temp when a pause or restart removed it). Whatever fails or is cancelled
/// deletes the temp file before the exception leaves.
/// </summary>
public sealed class TranscodeWork(WatchedFfmpeg ffmpeg, FfprobeClient ffprobe, EncoderSelector encoders, TranscodeOptions options)
{
    public FfprobeClient Ffprobe => ffprobe;

    public async Task EncodeAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var paths = TranscodePaths.For(request.Path, context.Job.Id);
        // A crashed earlier run may have left its ffmpeg and its temp file behind.
        StrayProcessReaper.KillWritersOf(paths.Temp);
        paths.DeleteTemp();
        try
        {
            var probe = await WithHdrMetadataAsync(await ffprobe.ProbeAsync(request.Path, ct, context.NewToolLogPath("ffprobe")), request.Path, context, ct);
            var crf = context.TryGet(TranscodeState.SmartShrinkCrf, out var chosen)
                ? chosen
                : request.Preset.Codec == VideoTarget.Av1 ? options.Av1Crf : options.HevcCrf;
            var encoder = await encoders.SelectAsync(request.Preset.Codec, ct);
            try
            {
                await RunEncodeAsync(context, request, paths, probe, encoder, crf, ct);
            }
            catch (ToolExecutionException ex) when (encoder.IsHardware)
            {
                paths.DeleteTemp();
                var software = VideoEncoder.Software(request.Preset.Codec);
                await context.WarnAsync(new JobError(
                    "HardwareEncoderFailed",
                    $"{encoder.Name} failed ({ex.ExitCode.ToString(CultureInfo.InvariantCulture)}); encoding with {software.Name} instead.",
                    "Check the GPU driver and device access; the software encoder is slower but always works."), ct);
                await RunEncodeAsync(context, request, paths, probe, software, crf, ct);
            }
        }
        catch
        {
            paths.DeleteTemp();
            throw;
        }
    }

    /// <summary>
    /// HDR10 sources usually carry their mastering display and light levels in the bitstream, not the container: when
    /// the stream-level probe lacks them, they are read from the first frame so the encode can carry them over.
    /// </summary>
    private async Task<MediaProbe> WithHdrMetadataAsync(MediaProbe probe, string source, StepContext context, CancellationToken ct)
    {
        if (probe.PrimaryVideo is not { IsHdr: true } video || video.HdrMetadata is { IsComplete: true })
        {
            return probe;
        }
        var frame = await ffprobe.ProbeFirstFrameHdrAsync(source, video.Index, ct, context.NewToolLogPath("ffprobe"));
        var merged = HdrMetadata.Merge(video.HdrMetadata, frame);
        return merged is null
            ? probe
            : probe with { Streams = [.. probe.Streams.Select(s => s.Index == video.Index ? s with { HdrMetadata = merged } : s)] };
    }

    private async Task RunEncodeAsync(StepContext context, TranscodeRequest request, TranscodePaths paths, MediaProbe probe, VideoEncoder encoder, int crf, CancellationToken ct)
    {
        var plan = ReencodeArgs.Build(new EncodeSettings(request.Path, paths.Temp, paths.Container, encoder, crf, probe)
        {
            TargetHeight = request.Preset.TargetHeight,
            X265Preset = options.X265Preset,
            SvtAv1Preset = options.SvtAv1Preset,
        });
        foreach (var dropped in plan.Dropped)
        {
            await context.WarnAsync(new JobError("StreamDropped", dropped, "Use an MKV source (or target) to keep every stream."), ct);
        }
        var kept = new KeptStreams(
            Video: 1,
            Audio: plan.KeptStreams.Count(i => probe.Streams.First(s => s.Index == i).IsAudio),
            Subtitle: plan.KeptStreams.Count(i => probe.Streams.First(s => s.Index == i).IsSubtitle));
        var keptJson = TranscodeState.KeptStreams.ToJson(kept);
        var started = context.Time.GetTimestamp();
        FfmpegProgress? last = null;
        JsonObject Details(FfmpegProgress? p) => TranscodeProgress.Stamp(new()
        {
            ["percent"] = Math.Round(p?.Percent ?? 0, 1),
            [TranscodeResults.Speed] = p?.Speed is { } sp ? Math.Round(sp, 2) : null,
            [TranscodeResults.Eta] = p?.Eta is { } eta ? eta.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "",
            [TranscodeResults.Encoder] = encoder.Name,
            [TranscodeResults.IsHardware] = encoder.IsHardware,
            [TranscodeResults.Crf] = crf,
            [TranscodeResults.KeptStreams] = keptJson?.DeepClone(),
        }, context, TranscodePhase.Encoding);
        await ffmpeg.RunAsync(plan.Arguments, new FfmpegRunOptions
        {
            ExpectedDuration = probe.Duration,
            LogPath = context.NewToolLogPath("ffmpeg"),
            OnProgress = p =>
            {
                last = p;
                context.ReportProgress(p.Percent ?? 0, Details(p));
            },
        }, options.StallTimeout, ct);
        var seconds = Math.Round(context.Time.GetElapsedTime(started).TotalSeconds, 2);
        var done = Details(last);
        done["percent"] = 100;
        done[TranscodeResults.Eta] = "";
        done[TranscodeResults.TranscodeSecs] = seconds;
        context.ReportProgress(100, done);
        // What the verify checks and the job reports, handed on as typed results rather than read back from progress.
        context.Set(TranscodeState.KeptStreams, kept);
        context.Set(TranscodeState.Encoder, encoder.Name);
        context.Set(TranscodeState.IsHardware, encoder.IsHardware);
        context.Set(TranscodeState.Crf, crf);
        context.Set(TranscodeState.Speed, last?.Speed is { } speed ? Math.Round(speed, 2) : null);
        context.Set(TranscodeState.TranscodeSecs, seconds);
    }

    /// <summary>Checks the temp file: duration within 1 s of the source, every kept stream present. Deletes it when not.</summary>
    public async Task<long> VerifyAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var paths = TranscodePaths.For(request.Path, context.Job.Id);
        try
        {
            var probe = await ffprobe.ProbeAsync(paths.Temp, ct, context.NewToolLogPath("ffprobe"));
            var expectedMs = context.TryGet(TranscodeState.DurationMs, out var ms) ? ms : 0;
            var actualMs = (long)(probe.Duration?.TotalMilliseconds ?? 0);
            var kept = context.TryGet(TranscodeState.KeptStreams, out var streams) ? streams : new KeptStreams(0, 0, 0);
            var problems = new List<string>();
            if (Math.Abs(actualMs - expectedMs) > 1000)
            {
                problems.Add($"duration {actualMs} ms, source {expectedMs} ms");
            }
            Check("video", kept.Video, probe.Streams.Count(s => s.IsVideo && !s.IsAttachedPicture));
            Check("audio", kept.Audio, probe.Streams.Count(s => s.IsAudio));
            Check("subtitle", kept.Subtitle, probe.Streams.Count(s => s.IsSubtitle));
            if (problems.Count > 0)
            {
                throw new MediaJobsException(new JobError("VerifyFailed", "The encoded file does not match its source: " + string.Join("; ", problems) + ".", "The original is untouched. See the ffmpeg log in the job's logs folder, then retry."));
            }
            return new FileInfo(paths.Temp).Length;

            void Check(string kind, int expected, int actual)
            {
                if (actual < expected)
                {
                    problems.Add($"{actual} {kind} stream(s), expected {expected}");
                }
            }
        }
        catch
        {
            paths.DeleteTemp();
            throw;
        }
    }
}
