using System.Globalization;
using System.Text;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The segmented encode: the source's video is cut at keyframes (<see cref="SegmentPlanner"/>) and each piece is encoded
/// with the file's one set of settings into the segment folder beside the source (<see cref="SegmentPaths"/>), written
/// as a partial file and committed by an atomic rename. A run after a crash, a pause or a restart encodes only the
/// segments not committed yet. Then one ffmpeg pass copies the segments (concat demuxer, no re-encode) into the temp
/// file with the source's audio, subtitles, chapters and metadata mapped exactly as a one-piece encode maps them, so
/// verify and replace run unchanged.
/// </summary>
public sealed partial class TranscodeWork
{
    /// <summary>The segments of this job's encode, or null for a one-piece encode. The first plan is kept in the results.</summary>
    private async Task<IReadOnlyList<VideoSegment>?> PlanSegmentsAsync(StepContext context, EncodeFiles files, MediaProbe probe, CancellationToken ct)
    {
        if (context.TryGet(TranscodeState.SegmentPlan, out var stored) && stored.Count > 1)
        {
            return stored;
        }
        var asked = TranscodeRequest.SegmentSecondsOf(context.Job.Options);
        TimeSpan? length = asked is { } seconds ? TimeSpan.FromSeconds(seconds)
            : probe.Duration > options().SegmentThreshold ? options().SegmentLength : null;
        if (length is not { } target || probe.PrimaryVideo is not { } video)
        {
            return null;
        }
        var packets = await keyframes.ListAsync(files.Source.ToolPath, video.Index, context.NewToolLogPath("ffprobe"), ct);
        var plan = SegmentPlanner.Plan(packets, target);
        if (plan.Count < 2)
        {
            return null;
        }
        // Deterministic from the source and the length, so a crash before this is stored plans the same segments again.
        context.Set(TranscodeState.SegmentPlan, [.. plan]);
        return plan;
    }

    /// <summary>
    /// The parent's side: every segment not committed yet is a <c>transcode-segment</c> job of its own (any node with the
    /// encoder takes it); until all are committed this step snoozes, holding no worker, and a child's end wakes it. Then
    /// one pass joins them. A failed segment fails the job; a failure removes the segment folder, a stop keeps it.
    /// </summary>
    private async Task EncodeSegmentedAsync(StepContext context, TranscodeRequest request, EncodeFiles files, MediaProbe probe, VideoEncoder encoder, int crf,
        IReadOnlyList<VideoSegment> plan, CancellationToken ct)
    {
        var folderEntry = SegmentPaths.FolderEntry(files.Paths.SourceEntry, context.Job.Id);
        try
        {
            using var folder = SegmentFolder.OpenOrCreate(files.Folder, folderEntry);
            var join = ReencodeArgs.Build(Settings(request.Preset, files.Source.ToolPath, "-", encoder, crf, probe, files.Paths.Container) with { ConcatVideo = "-" });
            if (service() is null)
            {
                await EncodeSegmentsHereAsync(context, request, files, folder, plan, encoder, crf, probe, KeptOf(join, probe), ct);
            }
            else
            {
                await AwaitSegmentJobsAsync(context, request, folder, plan, encoder, crf, KeptOf(join, probe), ct);
            }
            var kept = await KeptAsync(context, join, probe, ct);
            await JoinAsync(context, request, files, folder, plan, probe, encoder, crf, ct);
            // From the job's first start: its segments were encoded by other jobs, in parallel, meanwhile.
            var seconds = (context.Time.GetUtcNow() - (context.Job.StartedUtc ?? context.Time.GetUtcNow())).TotalSeconds;
            Finish(context, encoder, crf, kept, null, Math.Round(seconds, 2));
            context.SetResult(TranscodeResults.Segments, plan.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SnoozeJobException)
        {
            // A failed encode leaves no segments behind; a stop or a crash keeps the committed ones for the next run.
            SegmentFolder.Remove(files.Folder, folderEntry);
            throw;
        }
    }

    /// <summary>
    /// Without a job service (a bare engine, as the bench builds one) the segments are encoded here, one after the other,
    /// still committed one by one so a re-run encodes only the rest.
    /// </summary>
    private async Task EncodeSegmentsHereAsync(StepContext context, TranscodeRequest request, EncodeFiles files, RootedFile folder, IReadOnlyList<VideoSegment> plan,
        VideoEncoder encoder, int crf, MediaProbe probe, KeptStreams kept, CancellationToken ct)
    {
        var committed = SegmentFolder.Committed(folder, plan.Count);
        var node = context.Step.Node ?? Environment.MachineName;
        await context.LogAsync(EventLevel.Info, $"Segmented encode: {Num(plan.Count)} segments, {Num(committed.Count)} already committed.", ct);
        var total = plan.Sum(s => s.DurationSeconds);
        foreach (var segment in plan.Where(s => !committed.Contains(s.Index)))
        {
            var done = plan.Where(s => committed.Contains(s.Index)).Sum(s => s.DurationSeconds);
            context.ReportProgress(done * 99 / total, EncodeDetails(context, encoder, crf, kept, done * 99 / total, null, null));
            await context.LogAsync(EventLevel.Info, $"Encoding segment {Num(segment.Index)} of {Num(plan.Count)} with {encoder.Name} on {node}.", ct);
            await EncodeSegmentAsync(context, request.Preset, files, folder, segment, probe, encoder, crf, p =>
            {
                var now = done + Math.Min(p.Processed.TotalSeconds, segment.DurationSeconds);
                var eta = p.Speed is > 0 ? TimeSpan.FromSeconds((total - now) / p.Speed.Value) : (TimeSpan?)null;
                context.ReportProgress(now * 99 / total, EncodeDetails(context, encoder, crf, kept, now * 99 / total, p.Speed, eta));
            }, ct);
            committed.Add(segment.Index);
            await context.LogAsync(EventLevel.Info, $"Segment {Num(segment.Index)} committed on {node}.", ct);
        }
    }

    /// <summary>Encodes one segment to its partial file and commits it; returns the encode's last speed.</summary>
    private async Task<double?> EncodeSegmentAsync(StepContext context, TranscodePreset preset, EncodeFiles files, RootedFile folder, VideoSegment segment,
        MediaProbe probe, VideoEncoder encoder, int crf, Action<FfmpegProgress> onProgress, CancellationToken ct)
    {
        var partial = SegmentPaths.Partial(segment.Index);
        var link = Path.Combine(context.WorkDirectory, files.Paths.TempEntry + "." + partial);
        // A crashed earlier run may have left its ffmpeg writing this segment.
        StrayProcessReaper.KillWritersOf(link);
        folder.DeleteEntry(partial);
        double? speed = null;
        try
        {
            using (var file = folder.CreateEntry(partial))
            {
                File.Delete(link);
                File.CreateSymbolicLink(link, file.ToolPath);
                // Half a frame early, so a keyframe time rounded in print is still the first frame taken; -frames:v ends it exactly.
                var half = segment.Frames > 0 ? segment.DurationSeconds / segment.Frames / 2 : 0;
                var args = ReencodeArgs.Build(Settings(preset, files.Source.ToolPath, link, encoder, crf, probe, OutputContainer.Matroska) with
                {
                    VideoOnly = true,
                    Window = (TimeSpan.FromSeconds(Math.Max(0, segment.StartSeconds - half)), TimeSpan.FromSeconds(segment.DurationSeconds + (4 * half))),
                    Frames = segment.Frames,
                });
                await ffmpeg.RunAsync(args.Arguments, new FfmpegRunOptions
                {
                    ExpectedDuration = TimeSpan.FromSeconds(segment.DurationSeconds),
                    LogPath = context.NewToolLogPath("ffmpeg"),
                    OnProgress = p =>
                    {
                        speed = p.Speed ?? speed;
                        onProgress(p);
                    },
                }, options().StallTimeout, ct);
            }
            // Fenced: a node that lost this segment's lease must not commit over the new owner's partial.
            await context.ConfirmOwnershipAsync(ct);
            folder.RenameEntry(partial, SegmentPaths.Committed(segment.Index));
            return speed;
        }
        catch
        {
            folder.DeleteEntry(partial);
            throw;
        }
        finally
        {
            File.Delete(link);
        }
    }

    /// <summary>Copies the committed segments, in order, with the source's other streams into the temp file beside the source.</summary>
    private async Task JoinAsync(StepContext context, TranscodeRequest request, EncodeFiles files, RootedFile folder, IReadOnlyList<VideoSegment> plan,
        MediaProbe probe, VideoEncoder encoder, int crf, CancellationToken ct)
    {
        var list = new StringBuilder("ffconcat version 1.0\n");
        foreach (var segment in plan)
        {
            // The planned duration, not the segment file's own, so no rounding of a container can shift what follows.
            list.Append(CultureInfo.InvariantCulture, $"file {SegmentPaths.Committed(segment.Index)}\nduration {segment.DurationSeconds:0.######}\n");
        }
        folder.DeleteEntry(SegmentPaths.ListEntry);
        using (var file = folder.CreateEntry(SegmentPaths.ListEntry))
        {
            await File.WriteAllTextAsync(file.ToolPath, list.ToString(), ct);
        }
        using var temp = CreateTemp(context, files, out var output);
        var join = ReencodeArgs.Build(Settings(request.Preset, files.Source.ToolPath, output, encoder, crf, probe, files.Paths.Container) with
        {
            ConcatVideo = Path.Combine(folder.ToolPath, SegmentPaths.ListEntry),
        });
        await context.LogAsync(EventLevel.Info, $"Joining {Num(plan.Count)} segments.", ct);
        await ffmpeg.RunAsync(join.Arguments, new FfmpegRunOptions { LogPath = context.NewToolLogPath("ffmpeg") }, options().StallTimeout, ct);
    }

    private EncodeSettings Settings(TranscodePreset preset, string source, string output, VideoEncoder encoder, int crf, MediaProbe probe, OutputContainer container) =>
        new(source, output, container, encoder, crf, probe)
        {
            TargetHeight = preset.TargetHeight,
            X265Preset = options().X265Preset,
            SvtAv1Preset = options().SvtAv1Preset,
        };

    /// <summary>
    /// Removes the segment folder of job <paramref name="jobId"/> beside <paramref name="source"/> from the source's folder
    /// (opened and checked under a root); false when something not ours kept it.
    /// </summary>
    internal static bool RemoveSegments(RootedFile sourceFolder, string source, string jobId)
    {
        ArgumentNullException.ThrowIfNull(sourceFolder);
        return SegmentFolder.Remove(sourceFolder, SegmentPaths.FolderEntry(Path.GetFileName(source), jobId));
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);
}
