using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Service;
using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Segments as jobs of their own: the parent transcode submits one <c>transcode-segment</c> job per segment not yet
/// committed (ids derived from the parent, the folder's round and the index, so a re-run never submits one twice) and
/// snoozes until they are all committed; each segment job encodes and commits its one segment on whichever node took it.
/// </summary>
public sealed partial class TranscodeWork
{
    /// <summary>How long a waiting parent sleeps when no child's end wakes it first (a wake that got lost).</summary>
    private static readonly TimeSpan SegmentWaitFallback = TimeSpan.FromSeconds(20);

    private JobService Jobs => service() ?? throw new InvalidOperationException("A segmented transcode submits segment jobs: give the transcode pipeline the job service.");

    /// <summary>Returns when every segment is committed; otherwise makes sure each has its job and snoozes.</summary>
    private async Task AwaitSegmentJobsAsync(StepContext context, TranscodeRequest request, RootedFile folder, IReadOnlyList<VideoSegment> plan,
        VideoEncoder encoder, int crf, KeptStreams kept, CancellationToken ct)
    {
        var committed = SegmentFolder.Committed(folder, plan.Count);
        var round = SegmentFolder.RoundOf(folder);
        var children = (await Jobs.ListChildrenAsync(context.Job.Id, ct)).ToDictionary(j => j.Id, StringComparer.Ordinal);
        var done = plan.Where(s => committed.Contains(s.Index)).Sum(s => s.DurationSeconds);
        var running = 0.0;
        var missing = new List<JobSubmission>();
        foreach (var segment in plan.Where(s => !committed.Contains(s.Index)))
        {
            var id = JobIds.Derived(context.Job.Id, $"{round}/{Num(segment.Index)}");
            if (!children.TryGetValue(id, out var child))
            {
                missing.Add(new JobSubmission
                {
                    Id = id,
                    Type = TranscodeSegmentPipeline.TypeName,
                    Preset = request.Preset.Id,
                    Input = new SegmentRequest(request.Path, context.Job.Id, round, segment, plan.Count, request.Preset, encoder.Name, encoder.IsHardware, crf).ToInput(),
                    CorrelationId = context.Job.CorrelationId,
                    Priority = context.Job.Priority,
                });
            }
            else if (child.Status.IsFinal())
            {
                await CancelChildrenAsync(children.Values, ct);
                throw SegmentFailed(segment, child);
            }
            else if (child.Status == JobStatus.Running)
            {
                running += segment.DurationSeconds * child.ProgressPct / 100;
            }
        }
        if (missing.Count > 0)
        {
            await Jobs.SubmitChildrenAsync(context.Job, missing, ct);
            await context.LogAsync(EventLevel.Info, $"Segmented encode: {Num(plan.Count)} segments, {Num(committed.Count)} already committed; {Num(missing.Count)} segment jobs submitted.", ct);
        }
        if (committed.Count == plan.Count)
        {
            RecordNodes(context, plan, round, children);
            return;
        }
        var total = plan.Sum(s => s.DurationSeconds);
        var percent = (done + running) * 99 / total;
        context.ReportProgress(percent, EncodeDetails(context, encoder, crf, kept, percent, null, null));
        await context.FlushProgressAsync(ct);
        throw new SnoozeJobException(SegmentWaitFallback, $"Waiting for {Num(plan.Count - committed.Count)} of {Num(plan.Count)} segments");
    }

    /// <summary>Which node encoded each segment, and in which job (the dashboard's segments per node).</summary>
    private static void RecordNodes(StepContext context, IReadOnlyList<VideoSegment> plan, string round, Dictionary<string, Job> children)
    {
        var nodes = new JsonArray();
        foreach (var segment in plan)
        {
            var id = JobIds.Derived(context.Job.Id, $"{round}/{Num(segment.Index)}");
            nodes.Add(new JsonObject
            {
                ["index"] = segment.Index,
                ["job"] = children.ContainsKey(id) ? id : null,
                ["node"] = children.TryGetValue(id, out var child) ? child.Steps.LastOrDefault()?.Node : null,
            });
        }
        context.SetResult(TranscodeResults.SegmentJobs, nodes);
    }

    private async Task CancelChildrenAsync(IEnumerable<Job> children, CancellationToken ct)
    {
        foreach (var child in children.Where(c => !c.Status.IsFinal()))
        {
            await Jobs.CancelAsync(child.Id, null, ct);
        }
    }

    private static MediaJobsException SegmentFailed(VideoSegment segment, Job child)
    {
        var cause = child.Errors.LastOrDefault()?.Message ?? child.Status.ToString();
        return new MediaJobsException(new JobError("SegmentFailed",
            $"Segment {Num(segment.Index)} ({child.Id}) ended {child.Status} without its file committed: {cause}",
            "See the segment job's events and logs; the original is untouched. Retry the transcode once the cause is fixed."));
    }

    /// <summary>
    /// The child's side (<c>transcode-segment</c>): encodes its one segment into its parent's segment folder and commits it.
    /// A segment already committed (a crash after the rename) is done; a folder of another round (its parent failed or
    /// was cancelled meanwhile) is not written to: the job ends Skipped.
    /// </summary>
    public async Task EncodeSegmentJobAsync(StepContext context, SegmentRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(request);
        var paths = TranscodePaths.For(request.Path, request.ParentId);
        using var sourceFolder = OpenSegmentSource(request);
        using var source = sourceFolder.OpenEntry(paths.SourceEntry);
        var entry = SegmentPaths.FolderEntry(paths.SourceEntry, request.ParentId);
        if (sourceFolder.StatEntry(entry) is not { IsDirectory: true })
        {
            throw SegmentFolderGone(request);
        }
        using var folder = sourceFolder.OpenEntry(entry);
        if (SegmentFolder.ReadRound(folder) != request.Round)
        {
            throw SegmentFolderGone(request);
        }
        var node = context.Step.Node ?? Environment.MachineName;
        var index = Num(request.Segment.Index);
        if (SegmentFolder.Committed(folder, request.Count).Contains(request.Segment.Index))
        {
            await context.LogAsync(EventLevel.Info, $"Segment {index} was already committed.", ct);
            return;
        }
        var probe = await WithHdrMetadataAsync(await ffprobe.ProbeAsync(source.ToolPath, ct, context.NewToolLogPath("ffprobe")), source.ToolPath, context, ct);
        await context.LogAsync(EventLevel.Info, $"Encoding segment {index} of {Num(request.Count)} with {request.Encoder} on {node}.", ct);
        var segment = request.Segment;
        await EncodeSegmentAsync(context, request.Preset, new EncodeFiles(paths, sourceFolder, source), folder, segment, probe, request.VideoEncoder, request.Crf,
            p => context.ReportProgress(Math.Min(p.Processed.TotalSeconds, segment.DurationSeconds) * 100 / segment.DurationSeconds), ct);
        context.SetResult("node", node);
        await context.LogAsync(EventLevel.Info, $"Segment {index} committed on {node}.", ct);
    }

    /// <summary>The child's clean-up: once its parent is over, the last one out removes the segment folder.</summary>
    internal async Task CleanUpSegmentJobAsync(Job job, CancellationToken ct)
    {
        SegmentRequest request;
        try
        {
            request = SegmentRequest.Read(job.Input, job.Preset);
        }
        catch (JobValidationException)
        {
            return;
        }
        // A cancelled parent keeps its committed segments for a retry: its own clean-up removes them when that is over.
        if (await Jobs.Store.GetAsync(request.ParentId, ct) is not { } parent || !parent.Status.IsFinal()
            || (parent.Status == JobStatus.Cancelled && options().CancelledSegmentsKeep > TimeSpan.Zero))
        {
            return;
        }
        try
        {
            using var folder = OpenSegmentSource(request);
            RemoveSegments(folder, request.Path, request.ParentId);
        }
        catch (Exception ex) when (ex is PathOutsideRootsException or IOException)
        {
            // The folder is gone or leads out of the roots now: nothing of ours to remove there.
        }
    }

    private RootedFile OpenSegmentSource(SegmentRequest request) => roots.Open(Path.GetDirectoryName(request.Path)!);

    /// <summary>Its parent failed, was cancelled or retried meanwhile (and removed the folder): nothing left to encode.</summary>
    private static SkipJobException SegmentFolderGone(SegmentRequest request) =>
        new($"The segment folder of transcode {request.ParentId} is gone or belongs to another run: its transcode ended or was retried.");
}
