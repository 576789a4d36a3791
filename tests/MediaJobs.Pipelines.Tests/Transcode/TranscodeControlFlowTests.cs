using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Testing;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// A transcode job's control flow (progress, cancel, stall, failure, retry) with the fake ffmpeg standing in for
/// ffmpeg and ffprobe: no real encode, so these run in the Fast tier. Real output is checked by <see cref="TranscodePipelineTests"/>.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class TranscodeControlFlowTests : IAsyncLifetime
{
    private const int SourceBytes = 100_000;
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    // What ffprobe would say of a 2 s H.264 + AAC MP4: the probe of the source and of the re-encode alike.
    private const string ProbeJson = """
        {"streams":[{"index":0,"codec_name":"h264","codec_type":"video","width":320,"height":240,"pix_fmt":"yuv420p"},
                    {"index":1,"codec_name":"aac","codec_type":"audio","channels":2}],
         "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"2.000000","size":"100000","bit_rate":"400000"}}
        """;

    private readonly TempFolder _folder = new();
    private readonly List<EngineHarness> _harnesses = [];

    private string MediaRoot => _folder.Sub("media");

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        File.WriteAllText(_folder.File("probe.json"), ProbeJson);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var h in _harnesses)
        {
            await h.DisposeAsync();
            h.DeleteFiles();
        }
        _folder.Dispose();
    }

    [Fact]
    public async Task Encode_ReportsProgressThenVerifiesAndReplaces()
    {
        var (h, path) = await StartAsync(new TranscodeOptions(), "--fake-duration", "2", "--fake-speed", "8", "--fake-block-ms", "25", "--fake-output-bytes", "40000");

        var job = await SubmitAsync(h, path);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Limit);

        var encodePercents = (await h.EventsAsync(job.Id))
            .Where(e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == EncodeStep.StepName)
            .Select(e => (double?)e.Payload["progressPct"] ?? -1).ToList();
        Assert.NotEmpty(encodePercents);
        Assert.Equal(encodePercents.Order(), encodePercents);
        Assert.Equal(100, encodePercents[^1]);
        Assert.Equal(40_000, new FileInfo(path).Length);
        Assert.Equal(40_000, (long?)done.Results[TranscodeResults.OutputSize]);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Cancel_MidEncode_OriginalByteIdenticalNoTempAndToolGone()
    {
        var (h, path) = await StartAsync(new TranscodeOptions(), "--fake-duration", "600", "--fake-output-bytes", "10");
        var original = await File.ReadAllBytesAsync(path);
        var job = await SubmitAsync(h, path);
        await h.WaitForEventAsync(job.Id, e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == EncodeStep.StepName, Limit);
        var tool = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(job.Id, StringComparison.Ordinal));

        await h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        await h.WaitForStatusAsync(job.Id, JobStatus.Cancelled, Limit);

        Assert.False(ProcessTree.IsAlive(tool), "the encoder still runs");
        Assert.Equal(original, await File.ReadAllBytesAsync(path));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task Stall_EncoderStopsProgressing_JobFailsStalledAndToolKilled()
    {
        var (h, path) = await StartAsync(new TranscodeOptions { StallTimeout = TimeSpan.FromSeconds(1) }, "--fake-duration", "60", "--fake-stall-at", "0.2", "--fake-ignore-stop");

        var job = await SubmitAsync(h, path);
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed, Limit);

        Assert.Contains(failed.Errors, e => e.Code == "Stalled");
        Assert.Empty(FfmpegProcesses.Where(line => line.Contains(job.Id, StringComparison.Ordinal)));
        Assert.Equal(SourceBytes, new FileInfo(path).Length);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task EncoderFailsOnce_JobFailsWithStderr_RetryResumesAtEncodeAndSucceeds()
    {
        var (h, path) = await StartAsync(new TranscodeOptions(),
            "--fake-duration", "0.5", "--fake-block-ms", "25", "--fake-fail-once", _folder.File("failed-once"), "--fake-exit", "4", "--fake-output-bytes", "50000");

        var job = await SubmitAsync(h, path);
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed, Limit);
        Assert.Contains(failed.Errors, e => e.Code == "ToolFailed:ffmpeg" && e.Message.Contains("simulated failure", StringComparison.Ordinal));
        Assert.Equal(SourceBytes, new FileInfo(path).Length);

        await h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Limit);

        Assert.Equal(2, done.Attempt);
        Assert.Equal(50_000, new FileInfo(path).Length);
        var probeRuns = (await h.EventsAsync(job.Id)).Count(e => e.Type == JobEventTypes.StepStatus && (string?)e.Payload["step"] == ProbeStep.StepName && (string?)e.Payload["status"] == "Running");
        Assert.Equal(1, probeRuns);
    }

    private async Task<(EngineHarness Harness, string SourcePath)> StartAsync(TranscodeOptions options, params string[] fakeFfmpeg)
    {
        options.DetectHardware = false;
        var tools = new ToolLocator(new MediaToolsOptions
        {
            FfmpegPath = FakeFfmpeg.Wrapper(_folder.Path, fakeFfmpeg),
            FfprobePath = FakeFfmpeg.Wrapper(_folder.Path, "--fake-print", _folder.File("probe.json")),
        });
        var runner = new ProcessRunner();
        var pipeline = new TranscodePipeline(tools, new FfmpegRunner(tools, runner), new FfprobeClient(tools, runner), runner,
            new MediaRoots([MediaRoot]), options, new EncoderSelector(tools, runner, options), TimeProvider.System);
        var h = await EngineHarness.CreateAsync(null, pipeline);
        _harnesses.Add(h);
        await h.StartAsync();
        var path = Path.Combine(MediaRoot, "clip.mp4");
        await File.WriteAllBytesAsync(path, Enumerable.Range(0, SourceBytes).Select(i => (byte)(i % 251)).ToArray());
        return (h, path);
    }

    private static Task<Job> SubmitAsync(EngineHarness h, string path) =>
        h.SubmitAsync(new JobSubmission { Type = TranscodePipeline.TypeName, Preset = TranscodePreset.CompressHevc, Input = new JsonObject { ["path"] = path } });

    private IEnumerable<string> TempFiles() => Directory.EnumerateFiles(MediaRoot, "*", SearchOption.AllDirectories).Where(TranscodePaths.IsProjectTemp);

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("mediajobs-fake-transcode-").FullName;

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public string Sub(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
