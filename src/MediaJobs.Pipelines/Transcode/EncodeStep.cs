using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>encode</c>: re-encodes the source into a temp file beside it, with progress (percent, speed, ETA),
/// under the stall watchdog, falling back to software when a hardware encoder fails. First removes a stale temp
/// (and its ffmpeg) left by a crashed run; on failure or cancel removes its own temp.
/// </summary>
public sealed class EncodeStep(TranscodeWork work) : IJobStep<TranscodeRequest>
{
    public const string StepName = "encode";

    public string Name => StepName;

    public Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct) => work.EncodeAsync(context, request, ct);
}
