using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Job type <c>transcode-segment</c>: one segment of a segmented transcode, submitted by its parent's <c>encode</c> step
/// (<see cref="TranscodeWork.EncodeSegmentJobAsync"/>) as a child job, so any node with the encoder takes it, with its own
/// lease, fencing and retries. Not a type clients submit: the compat surfaces list transcodes only.
/// </summary>
public sealed class TranscodeSegmentPipeline(TranscodeWork work, MediaRoots roots) : IJobPipeline<SegmentRequest>, IJobCleanup
{
    public const string TypeName = "transcode-segment";

    public string Type => TypeName;

    /// <summary>The parent's preset, so the segment scales as the parent's join expects.</summary>
    public IReadOnlyList<string> Presets => TranscodePreset.Ids;

    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Ffmpeg, MediaTool.Ffprobe);

    /// <summary>An encode, CPU-heavy like a transcode's: one at a time per node unless configured.</summary>
    public int? DefaultConcurrency => 1;

    public IReadOnlyList<string> WritesOutsideDataDirectory => roots.Roots;

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var request = SegmentRequest.Read(submission.Input, submission.Preset ?? Presets[0]);
        roots.Resolve(request.Path, "path");
        return [SegmentEncodeStep.StepName];
    }

    public SegmentRequest ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return SegmentRequest.Read(job.Input, job.Preset);
    }

    public IJobStep GetStep(string name) => name == SegmentEncodeStep.StepName
        ? new SegmentEncodeStep(work)
        : throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the transcode-segment pipeline.");

    public Task CleanUpAsync(Job job, CancellationToken ct) => work.CleanUpSegmentJobAsync(job, ct);
}
