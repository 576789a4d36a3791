using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>Step <c>verify</c>: ffprobe confirms the published clip has the codec, size and duration asked for.</summary>
internal sealed class VerifyOutputStep(FfprobeClient ffprobe) : IJobStep<TestPatternInput>
{
    public const string StepName = "verify";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TestPatternInput input, CancellationToken ct)
    {
        var artifact = context.FindArtifact(TestPatternPipeline.OutputName)
            ?? throw new MediaJobsException(new JobError("ArtifactMissing", "The render step left no clip to verify.", "Retry the job; the render step runs again."));
        var probe = await ffprobe.ProbeAsync(context.ResolveArtifactPath(artifact), ct, context.NewToolLogPath("ffprobe"));
        var video = probe.PrimaryVideo;
        var duration = probe.Duration?.TotalSeconds ?? 0;
        if (video?.CodecName != "h264" || video.Width != input.Width || video.Height != input.Height || Math.Abs(duration - input.DurationSec) > 0.5)
        {
            throw new MediaJobsException(new JobError(
                "VerifyFailed",
                $"The clip is {video?.CodecName} {video?.Width}x{video?.Height}, {duration:F2} s; expected h264 {input.Width}x{input.Height}, {input.DurationSec:F2} s.",
                "Check the ffmpeg log in the job's logs folder."));
        }
        context.SetResult("probe", new JsonObject
        {
            ["videoCodec"] = video.CodecName,
            ["audioCodec"] = probe.PrimaryAudio?.CodecName,
            ["width"] = video.Width,
            ["height"] = video.Height,
            ["durationSec"] = Math.Round(duration, 3),
            ["sizeBytes"] = probe.Format.Size,
        });
        context.ReportProgress(100);
    }
}
