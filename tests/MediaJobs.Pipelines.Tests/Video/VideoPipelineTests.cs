using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Video;
using MediaJobs.Testing;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>End to end with the real tools (ffmpeg, ffprobe, espeak-ng) on a real engine; media kept tiny.</summary>
public sealed class VideoPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(120);
    private EngineHarness _h = null!;
    private readonly CountingScriptWriter _writer = new();
    private readonly FlakySpeech _speech = new(new EspeakSynthesizer(Tools, Runner));

    public async Task InitializeAsync()
    {
        _h = await EngineHarness.CreateAsync(null, Pipeline(_writer, _speech));
        await _h.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        if (Environment.GetEnvironmentVariable("MEDIAJOBS_KEEP_TEST_FILES") is null)
        {
            _h.DeleteFiles();
        }
    }

    private Task<Job> SubmitAsync(string preset, JsonObject input, JsonObject? options = null) => _h.SubmitAsync(new JobSubmission
    {
        Type = VideoPipeline.TypeName,
        Preset = preset,
        Input = input,
        Options = options ?? new JsonObject { ["quality"] = "fast" },
    });

    private string PathOf(Job job, string name) => _h.Layout.Resolve(job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).First(a => a.Name == name).Path);

    [Fact]
    public async Task SampleHelloYoutube_SmallSize_IsH264AacWithSubtitleTrackOf20To30SecondsAndCaptionsEndWithTheVoice()
    {
        var job = await SubmitAsync(VideoPipeline.SamplePreset, new JsonObject { ["resolution"] = "320x180", ["fps"] = 15 });

        var done = await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        Assert.Equal(VideoArtifacts.Video, done.Output[0].Name);
        Assert.Equal([VideoArtifacts.Video, VideoArtifacts.Thumbnail, VideoArtifacts.Srt, VideoArtifacts.Vtt, VideoArtifacts.Script], done.Output.Select(a => a.Name));
        var probe = await Ffprobe.ProbeAsync(PathOf(done, VideoArtifacts.Video));
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.Equal("High", probe.PrimaryVideo?.Profile);
        Assert.Equal("yuv420p", probe.PrimaryVideo?.PixFmt);
        Assert.Equal((320, 180), (probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height));
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        Assert.Equal(48000, probe.PrimaryAudio?.SampleRate);
        Assert.Contains(probe.Streams, s => s.IsSubtitle && s.CodecName == "mov_text");
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 20, 30);

        var timings = JsonSerializer.Deserialize<NarrationTimings>(await File.ReadAllTextAsync(PathOf(done, VideoArtifacts.Timings)), VideoArtifacts.Json)!;
        var narration = await Ffprobe.ProbeAsync(PathOf(done, VideoArtifacts.Narration));
        Assert.Equal(timings.DurationSec, narration.Duration!.Value.TotalSeconds, 0.05);
        var lastCueEnd = LastCueEndSec(await File.ReadAllTextAsync(PathOf(done, VideoArtifacts.Srt)));
        Assert.InRange(narration.Duration.Value.TotalSeconds - lastCueEnd, 0, 1.0);
        Assert.Equal(timings.SpeechEndSec, lastCueEnd, 0.002);
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(PathOf(done, VideoArtifacts.Vtt)), StringComparison.Ordinal);
        Assert.True(new FileInfo(PathOf(done, VideoArtifacts.Thumbnail)).Length > 0);

        var events = await _h.EventsAsync(job.Id);
        foreach (var step in VideoPipeline.StepNames)
        {
            Assert.Contains(events, e => e.Type == JobEventTypes.StepStatus && (string?)e.Payload["step"] == step && (string?)e.Payload["status"] == "Succeeded");
        }
        Assert.Contains(events, e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == MuxStep.StepName);
        Assert.False(Directory.Exists(_h.Layout.WorkDirectory(job.Id)));
        Assert.True(File.Exists(Path.Combine(AssetsDirectory, VideoAssetLibrary.LicenseFile)));
    }
}
