using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>probe</c>: ffprobe the source into seed 002's job fields (in the job's results), then apply the skip
/// rules: compress presets skip files already in the target codec, downscale presets files at or below the target height.
/// </summary>
internal sealed class ProbeStep(FfprobeClient ffprobe) : IJobStep<TranscodeRequest>
{
    public const string StepName = "probe";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        if (!File.Exists(request.Path))
        {
            throw new MediaJobsException(new JobError("SourceMissing", $"'{request.Path}' no longer exists.", "Check the file is still there, then submit it again."));
        }
        var probe = await ffprobe.ProbeAsync(request.Path, ct, context.NewToolLogPath("ffprobe"));
        var fields = ProbeFields.From(probe, new FileInfo(request.Path).Length);
        context.SetResult(TranscodeResults.InputPath, request.Path);
        foreach (var (key, value) in fields)
        {
            context.SetResult(key, value?.DeepClone());
        }
        context.ReportProgress(100);
        if (SkipRules.Reason(request.Preset, probe.PrimaryVideo) is { } reason)
        {
            throw new SkipJobException(reason);
        }
    }
}
