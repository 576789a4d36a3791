using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>verify</c>: ffprobe the temp file (duration within 1 s, all kept streams present). When a pause or
/// restart removed the temp, it is encoded again first.
/// </summary>
public sealed class VerifyStep(TranscodeWork work) : IJobStep
{
    public const string StepName = "verify";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        var paths = TranscodePaths.For(TranscodeRequest.Stored(context.Job).Path, context.Job.Id);
        if (!File.Exists(paths.Temp))
        {
            await work.EncodeAsync(context, ct);
        }
        var size = await work.VerifyAsync(context, ct);
        var progress = context.Job.Results["progress"];
        foreach (var key in new[] { TranscodeResults.Encoder, TranscodeResults.IsHardware, TranscodeResults.Crf, TranscodeResults.Speed, TranscodeResults.TranscodeSecs })
        {
            context.SetResult(key, progress?[key]?.DeepClone());
        }
        context.SetResult(TranscodeResults.OutputSize, size);
        context.ReportProgress(100);
    }
}
