using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Diagnostics;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Diagnostics;

[Trait("Tier", "Media")]
public sealed class TestPatternPipelineTests : IAsyncLifetime
{
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    private static readonly FfprobeClient Ffprobe = new(Tools, Runner);
    private EngineHarness _h = null!;

    public async Task InitializeAsync()
    {
        var pipeline = new TestPatternPipeline(Tools, new FfmpegRunner(Tools, Runner), Ffprobe);
        _h = await EngineHarness.CreateAsync(null, pipeline);
        await _h.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _h.DeleteFiles();
    }

    private Task<Job> SubmitAsync(JsonObject input) => _h.SubmitAsync(new JobSubmission
    {
        Type = TestPatternPipeline.TypeName,
        Input = input,
    });

    [Fact]
    public async Task Run_OneSecondClip_OutputIsH264AacOfRequestedSizeAndDuration()
    {
        var job = await SubmitAsync(new JsonObject { ["durationSec"] = 1, ["width"] = 160, ["height"] = 120 });

        var done = await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, TimeSpan.FromSeconds(60));

        var output = Assert.Single(done.Output);
        var probe = await Ffprobe.ProbeAsync(_h.Layout.Resolve(output.Path));
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        Assert.Equal(160, probe.PrimaryVideo?.Width);
        Assert.Equal(120, probe.PrimaryVideo?.Height);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 0.9, 1.2);
        Assert.Equal(new FileInfo(_h.Layout.Resolve(output.Path)).Length, output.SizeBytes);
        Assert.Equal("h264", (string?)done.Results["probe"]?["videoCodec"]);
        Assert.False(Directory.Exists(_h.Layout.WorkDirectory(job.Id)));
        var ffmpegLog = Directory.GetFiles(_h.Layout.LogDirectory(job.Id), "render-*-ffmpeg.log").Single();
        Assert.Contains("ffmpeg", (await File.ReadAllLinesAsync(ffmpegLog))[0]);
    }

    [Fact]
    public async Task Submit_OddWidth_IsRejectedNamingTheField()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => SubmitAsync(new JsonObject { ["width"] = 161 }));

        Assert.Equal("width", ex.Field);
    }

    [Fact]
    public async Task Submit_DurationOfWrongType_IsRejectedNamingTheField()
    {
        var ex = await Assert.ThrowsAsync<JobValidationException>(() => SubmitAsync(new JsonObject { ["durationSec"] = "long" }));

        Assert.Equal("durationSec", ex.Field);
    }
}
