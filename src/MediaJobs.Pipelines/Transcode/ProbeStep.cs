using MediaJobs.Core.Errors;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Step <c>probe</c>: ffprobe the source into seed 002's job fields (in the job's results) and record which file and
/// folder it read (<see cref="TranscodeSource"/>: later steps touch only that file, unchanged), then apply the skip
/// rules: compress presets skip files already in the target codec, downscale presets files at or below the target height.
/// </summary>
internal sealed class ProbeStep(FfprobeClient ffprobe, TranscodeSource source) : IJobStep<TranscodeRequest>
{
    public const string StepName = "probe";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TranscodeRequest request, CancellationToken ct)
    {
        // Opened and checked under a root here, not only at submission; ffprobe reads the opened file itself.
        using var folder = source.OpenFolder(context, request);
        using var file = source.OpenFile(context, request, folder);
        var probe = await ffprobe.ProbeAsync(file.ToolPath, ct, context.NewToolLogPath("ffprobe"));
        var fields = ProbeFields.From(probe, file.Identity.Size);
        context.Set(TranscodeState.SourceFolder, folder.Identity);
        context.Set(TranscodeState.SourceIdentity, file.Identity);
        context.Set(TranscodeState.SourceMachine, Environment.MachineName);
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
