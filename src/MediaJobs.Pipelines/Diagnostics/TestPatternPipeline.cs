using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Diagnostics;

/// <summary>
/// Job type <c>diagnostics</c>, preset <c>test-pattern</c>: renders a test clip with FFmpeg and checks
/// it with ffprobe. It proves a node's tools work end to end and serves the engine's crash and
/// cancel tests with a real encode. Input: <c>{durationSec, width, height, fps, realtime}</c>.
/// </summary>
internal sealed class TestPatternPipeline(ToolLocator tools, FfmpegRunner ffmpeg, FfprobeClient ffprobe) : IJobPipeline<TestPatternInput>
{
    public const string TypeName = "diagnostics";
    public const string OutputName = "test-pattern.mp4";

    public string Type => TypeName;

    /// <summary>Renders with ffmpeg and checks the file with ffprobe.</summary>
    public IReadOnlyCollection<string> RequiredTools { get; } = ToolNames.Of(MediaTool.Ffmpeg, MediaTool.Ffprobe);

    public IReadOnlyList<string> Presets { get; } = ["test-pattern"];

    public void ShapeOutputSummary(Job job, JsonObject summary) => VideoOutputSummary.AddVideoPath(summary);

    public IReadOnlyList<string> Prepare(JobSubmission submission)
    {
        TestPatternInput.Read(submission.Input);
        return [PreflightStep.StepName, RenderTestPatternStep.StepName, VerifyOutputStep.StepName];
    }

    public TestPatternInput ReadRequest(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return TestPatternInput.Read(job.Input);
    }

    public IJobStep GetStep(string name) => name switch
    {
        PreflightStep.StepName => new PreflightStep(tools, [MediaTool.Ffmpeg, MediaTool.Ffprobe]),
        RenderTestPatternStep.StepName => new RenderTestPatternStep(ffmpeg),
        VerifyOutputStep.StepName => new VerifyOutputStep(ffprobe),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such step in the test-pattern pipeline."),
    };
}
