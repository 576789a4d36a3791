using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Diagnostics;

/// <summary>Cancelling a render, with the fake ffmpeg rendering (it never ends by itself): no real encode needed.</summary>
[Trait("Tier", "Fast")]
public sealed class TestPatternControlFlowTests : IAsyncLifetime
{
    private EngineHarness _h = null!;

    public async Task InitializeAsync()
    {
        var tools = new ToolLocator(new MediaToolsOptions { FfmpegPath = FakeFfmpeg.Path, FfprobePath = FakeFfmpeg.Path });
        var runner = new ProcessRunner();
        _h = await EngineHarness.CreateAsync(null, new TestPatternPipeline(tools, new FfmpegRunner(tools, runner), new FfprobeClient(tools, runner)));
        await _h.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _h.DeleteFiles();
    }

    [Fact]
    public async Task Cancel_DuringLongRender_KillsTheToolRemovesTempFilesAndEndsCancelled()
    {
        // The fake ignores ffmpeg's arguments and renders its default 10 s at real time: long enough to cancel mid-way.
        var job = await _h.SubmitAsync(new JobSubmission { Type = TestPatternPipeline.TypeName, Input = new JsonObject { ["durationSec"] = 600, ["width"] = 160, ["height"] = 120 } });
        await _h.WaitForEventAsync(job.Id, e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == RenderTestPatternStep.StepName);
        var toolPid = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(job.Id, StringComparison.Ordinal));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        await _h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        var cancelled = await _h.WaitForStatusAsync(job.Id, JobStatus.Cancelled, TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.False(ProcessTree.IsAlive(toolPid), "the render is still running");
        Assert.False(Directory.Exists(_h.Layout.WorkDirectory(job.Id)), "temp folder left behind");
        Assert.Empty(cancelled.Output);
        Assert.False(File.Exists(Path.Combine(_h.Layout.OutputDirectory(job.Id), TestPatternPipeline.OutputName)));
        Assert.Equal(StepStatus.Cancelled, cancelled.FindStep(RenderTestPatternStep.StepName)!.Status);
    }
}
