using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>encode-segment</c> of a <c>transcode-segment</c> job: encodes one segment of its parent transcode and commits
/// it by a rename. At-least-once: a crash before the rename encodes the segment again, after it finds it committed.
/// </summary>
public sealed class SegmentEncodeStep(TranscodeWork work) : IJobStep<SegmentRequest>
{
    public const string StepName = "encode-segment";

    public string Name => StepName;

    public Task ExecuteAsync(StepContext context, SegmentRequest request, CancellationToken ct) => work.EncodeSegmentJobAsync(context, request, ct);
}
