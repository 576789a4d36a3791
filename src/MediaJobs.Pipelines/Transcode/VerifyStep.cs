using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>verify</c>: ffprobe the temp file (duration within 1 s, all kept streams present). When a pause or
/// restart removed the temp, it is encoded again first.
/// </summary>
internal sealed class VerifyStep(TranscodeWork work) : IJobStep<TranscodeRequest>
{
    public const string StepName = "verify";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        if (!work.HasTemp(context, request))
        {
            await work.EncodeAsync(context, request, ct);
        }
        context.Set(TranscodeState.OutputSize, await work.VerifyAsync(context, request, ct));
        context.ReportProgress(100);
    }
}
