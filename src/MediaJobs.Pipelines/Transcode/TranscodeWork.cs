using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The encode and the verification of its temp file, shared by the <c>encode</c>, <c>verify</c> and <c>replace</c>
/// steps (the later two re-create the temp when a pause or restart removed it). Whatever fails or is cancelled
/// deletes the temp file before the exception leaves.
/// </summary>
public sealed partial class TranscodeWork(WatchedFfmpeg ffmpeg, FfprobeClient ffprobe, EncoderSelector encoders, Func<TranscodeOptions> options, MediaRoots roots, KeyframeProbe keyframes,
    Func<JobService?> service)
{
    public FfprobeClient Ffprobe => ffprobe;

    internal TranscodeSource Source { get; } = new(roots);

    /// <summary>
    /// Encodes the source into the temp file beside it. Both are reached only through handles checked under a root
    /// (see <see cref="TranscodeSource"/>): ffmpeg reads <c>/proc/&lt;pid&gt;/fd/N</c> of the opened source and writes
    /// through a link in the job's work folder to the temp this server created in the opened folder, so a folder or
    /// file swapped for a link after the check changes nothing of what ffmpeg reads or writes.
    /// </summary>
    public async Task EncodeAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var paths = TranscodePaths.For(request.Path, context.Job.Id);
        // A crashed earlier run may have left its ffmpeg and its temp file behind.
        StrayProcessReaper.KillWritersOf(paths.Temp);
        StrayProcessReaper.KillWritersOf(OutputLink(context, paths));
        using var folder = Source.OpenFolder(context, request);
        using var source = Source.OpenFile(context, request, folder);
        paths.DeleteTemp(folder);
        try
        {
            var probe = await WithHdrMetadataAsync(await ffprobe.ProbeAsync(source.ToolPath, ct, context.NewToolLogPath("ffprobe")), source.ToolPath, context, ct);
            var crf = context.TryGet(TranscodeState.SmartShrinkCrf, out var chosen)
                ? chosen
                : request.Preset.Codec switch
                {
                    VideoCodec.Hevc => options().HevcCrf,
                    VideoCodec.Av1 => options().Av1Crf,
                    VideoCodec.H264 => throw TranscodeCodecs.Unsupported(request.Preset.Codec),
                };
            var encoder = await encoders.SelectAsync(request.Preset.Codec, ct);
            var files = new EncodeFiles(paths, folder, source);
            // Long sources are encoded in durable segments (SmartShrink's CRF is already chosen, once for the file).
            var segments = await PlanSegmentsAsync(context, files, probe, ct);
            try
            {
                await EncodeWithAsync(encoder);
            }
            catch (ToolExecutionException ex) when (encoder.IsHardware)
            {
                var software = VideoEncoder.Software(request.Preset.Codec);
                await context.WarnAsync(new JobError(
                    "HardwareEncoderFailed",
                    $"{encoder.Name} failed ({ex.ExitCode.ToString(CultureInfo.InvariantCulture)}); encoding with {software.Name} instead.",
                    "Check the GPU driver and device access; the software encoder is slower but always works."), ct);
                await EncodeWithAsync(software);
            }

            Task EncodeWithAsync(VideoEncoder chosen) => segments is null
                ? RunEncodeAsync(context, request, files, probe, chosen, crf, ct)
                : EncodeSegmentedAsync(context, request, files, probe, chosen, crf, segments, ct);
        }
        catch
        {
            paths.DeleteTemp(folder);
            throw;
        }
    }

    /// <summary>True when the temp file is in the source's folder (opened and checked under a root).</summary>
    public bool HasTemp(StepContext context, TranscodeRequest request)
    {
        using var folder = Source.OpenFolder(context, request);
        return folder.StatEntry(TranscodePaths.For(request.Path, context.Job.Id).TempEntry) is not null;
    }

    /// <summary>The path ffmpeg writes to: a link in the job's work folder (so the tool's command line names the job) to the open temp.</summary>
    private static string OutputLink(StepContext context, TranscodePaths paths) => Path.Combine(context.WorkDirectory, paths.TempEntry);

    /// <summary>Creates the temp afresh in the checked folder and points the work folder's link at its handle.</summary>
    private static RootedFile CreateTemp(StepContext context, EncodeFiles files, out string output)
    {
        files.Paths.DeleteTemp(files.Folder);
        var temp = files.Folder.CreateEntry(files.Paths.TempEntry);
        output = OutputLink(context, files.Paths);
        File.Delete(output);
        File.CreateSymbolicLink(output, temp.ToolPath);
        return temp;
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

    private async Task RunEncodeAsync(StepContext context, TranscodeRequest request, EncodeFiles files, MediaProbe probe, VideoEncoder encoder, int crf, CancellationToken ct)
    {
        using var temp = CreateTemp(context, files, out var output);
        var plan = ReencodeArgs.Build(new EncodeSettings(files.Source.ToolPath, output, files.Paths.Container, encoder, crf, probe)
        {
            TargetHeight = request.Preset.TargetHeight,
            X265Preset = options().X265Preset,
            SvtAv1Preset = options().SvtAv1Preset,
        });
        var kept = await KeptAsync(context, plan, probe, ct);
        var started = context.Time.GetTimestamp();
        FfmpegProgress? last = null;
        JsonObject Details(FfmpegProgress? p) => EncodeDetails(context, encoder, crf, kept, p?.Percent ?? 0, p?.Speed, p?.Eta);
        await ffmpeg.RunAsync(plan.Arguments, new FfmpegRunOptions
        {
            ExpectedDuration = probe.Duration,
            LogPath = context.NewToolLogPath("ffmpeg"),
            OnProgress = p =>
            {
                last = p;
                context.ReportProgress(p.Percent ?? 0, Details(p));
            },
        }, options().StallTimeout, ct);
        Finish(context, encoder, crf, kept, last?.Speed, Math.Round(context.Time.GetElapsedTime(started).TotalSeconds, 2));
    }

    /// <summary>Warns of each stream the container cannot hold; the streams the output keeps.</summary>
    private static async Task<KeptStreams> KeptAsync(StepContext context, EncodePlan plan, MediaProbe probe, CancellationToken ct)
    {
        foreach (var dropped in plan.Dropped)
        {
            await context.WarnAsync(new JobError("StreamDropped", dropped, "Use an MKV source (or target) to keep every stream."), ct);
        }
        return KeptOf(plan, probe);
    }

    /// <summary>The streams the output keeps (no warnings).</summary>
    private static KeptStreams KeptOf(EncodePlan plan, MediaProbe probe) =>
        new(
            Video: 1,
            Audio: plan.KeptStreams.Count(i => probe.Streams.First(s => s.Index == i).IsAudio),
            Subtitle: plan.KeptStreams.Count(i => probe.Streams.First(s => s.Index == i).IsSubtitle));

    /// <summary>The encode's progress details (the same shape for a one-piece and a segmented encode).</summary>
    private static JsonObject EncodeDetails(StepContext context, VideoEncoder encoder, int crf, KeptStreams kept, double percent, double? speed, TimeSpan? eta) =>
        TranscodeProgress.Stamp(new()
        {
            ["percent"] = Math.Round(percent, 1),
            [TranscodeResults.Speed] = speed is { } sp ? Math.Round(sp, 2) : null,
            [TranscodeResults.Eta] = eta is { } left ? left.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "",
            [TranscodeResults.Encoder] = encoder.Name,
            [TranscodeResults.IsHardware] = encoder.IsHardware,
            [TranscodeResults.Crf] = crf,
            [TranscodeResults.KeptStreams] = TranscodeState.KeptStreams.ToJson(kept),
        }, context, TranscodePhase.Encoding);

    /// <summary>The last progress and what the verify checks and the job reports, handed on as typed results rather than read back from progress.</summary>
    private static void Finish(StepContext context, VideoEncoder encoder, int crf, KeptStreams kept, double? speed, double seconds)
    {
        var done = EncodeDetails(context, encoder, crf, kept, 100, speed, null);
        done[TranscodeResults.TranscodeSecs] = seconds;
        context.ReportProgress(100, done);
        context.Set(TranscodeState.KeptStreams, kept);
        context.Set(TranscodeState.Encoder, encoder.Name);
        context.Set(TranscodeState.IsHardware, encoder.IsHardware);
        context.Set(TranscodeState.Crf, crf);
        context.Set(TranscodeState.Speed, speed is { } sp ? Math.Round(sp, 2) : null);
        context.Set(TranscodeState.TranscodeSecs, seconds);
    }

    /// <summary>Checks the temp file: duration within 1 s of the source, every kept stream present. Deletes it when not.</summary>
    public async Task<long> VerifyAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        var paths = TranscodePaths.For(request.Path, context.Job.Id);
        using var folder = Source.OpenFolder(context, request);
        try
        {
            using var temp = folder.OpenEntry(paths.TempEntry);
            var probe = await ffprobe.ProbeAsync(temp.ToolPath, ct, context.NewToolLogPath("ffprobe"));
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
            return temp.Identity.Size;

            void Check(string kind, int expected, int actual)
            {
                if (actual < expected)
                {
                    problems.Add($"{actual} {kind} stream(s), expected {expected}");
                }
            }
        }
        catch (Exception ex)
        {
            paths.DeleteTemp(folder);
            if (ex is not OperationCanceledException)
            {
                // A failed job leaves nothing beside the source; a stop keeps the segments for a quick re-join.
                RemoveSegments(folder, paths.Source, context.Job.Id);
            }
            throw;
        }
    }

    private sealed record EncodeFiles(TranscodePaths Paths, RootedFile Folder, RootedFile Source);
}
