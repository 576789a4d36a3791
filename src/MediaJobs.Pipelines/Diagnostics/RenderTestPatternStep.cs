using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>Step <c>render</c>: FFmpeg encodes the test clip in the work folder, then it is published.</summary>
public sealed class RenderTestPatternStep(FfmpegRunner ffmpeg) : IJobStep<TestPatternInput>
{
    public const string StepName = "render";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, TestPatternInput input, CancellationToken ct)
    {
        var duration = TimeSpan.FromSeconds(input.DurationSec);
        var temp = Path.Combine(context.WorkDirectory, TestPatternPipeline.OutputName);
        var arguments = TestPatternArgs.Build(new TestPatternOptions(temp, duration)
        {
            Width = input.Width,
            Height = input.Height,
            FrameRate = input.Fps,
            Realtime = input.Realtime,
        });
        await ffmpeg.RunAsync(arguments, new FfmpegRunOptions
        {
            ExpectedDuration = duration,
            LogPath = context.NewToolLogPath("ffmpeg"),
            OnProgress = p => context.ReportProgress(p.Percent ?? 0),
        }, ct);
        await context.PublishArtifactAsync(temp, TestPatternPipeline.OutputName, "video/mp4", ArtifactUse.PrimaryOutput, ct);
    }
}
