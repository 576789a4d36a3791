using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.Processes;
using MediaJobs.Pipelines.Video;
using MediaJobs.Testing;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>End to end with the real tools (ffmpeg, ffprobe, espeak-ng) on a real engine; media kept tiny.</summary>
[Trait("Tier", "Media")]
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
        Assert.Equal([VideoArtifacts.Video, VideoArtifacts.Script, VideoArtifacts.Srt, VideoArtifacts.Vtt, VideoArtifacts.Thumbnail], done.Output.Select(a => a.Name));
        var published = done.Steps.SelectMany(s => s.Artifacts).Select(a => a.Name).ToList();
        Assert.Equal(published.Distinct(), published);
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
        Assert.InRange(narration.Duration.Value.TotalSeconds - lastCueEnd, 0, NarrationPlan.TailSec + 0.1);
        Assert.Equal(timings.SpeechEndSec, lastCueEnd, 0.002);
        Assert.NotNull(timings.LoudnessLufs);
        Assert.StartsWith("WEBVTT", await File.ReadAllTextAsync(PathOf(done, VideoArtifacts.Vtt)), StringComparison.Ordinal);
        Assert.True(new FileInfo(PathOf(done, VideoArtifacts.Thumbnail)).Length > 0);

        var events = await _h.EventsAsync(job.Id);
        foreach (var step in VideoPipeline.StepNames)
        {
            Assert.Contains(events, e => e.Type == JobEventTypes.StepStatus && (string?)e.Payload["step"] == step && (string?)e.Payload["status"] == "Succeeded");
        }
        Assert.Contains(events, e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == MuxStep.StepName);
        // An event log without noise (issue 24): no progress event repeats the one before it for its step.
        var progress = events.Where(e => e.Type == JobEventTypes.StepProgress).ToList();
        for (var i = 1; i < progress.Count; i++)
        {
            Assert.False(
                (string?)progress[i].Payload["step"] == (string?)progress[i - 1].Payload["step"]
                && (double)progress[i].Payload["progressPct"]! == (double)progress[i - 1].Payload["progressPct"]!
                && JsonNode.DeepEquals(progress[i].Payload["details"], progress[i - 1].Payload["details"]),
                $"progress event {i} repeats the one before: {progress[i].Message}");
        }
        Assert.InRange(progress.Count, 1, 400);
        Assert.False(Directory.Exists(_h.Layout.WorkDirectory(job.Id)));
        Assert.True(File.Exists(Path.Combine(AssetsDirectory, VideoAssetLibrary.LicenseFile)));
    }

    [Fact]
    public async Task LegacyBody_Vertical9x16_GivesPortraitVideoAtRequestedSizeAndFpsWithBurnedCaptions()
    {
        var input = new JsonObject
        {
            ["brief"] = new JsonObject { ["topic"] = "morning walks", ["audience"] = "busy people", ["goal"] = "start walking", ["tone"] = "friendly", ["language"] = "en-US", ["aspect"] = "Vertical9x16" },
            ["planSpec"] = new JsonObject { ["targetDuration"] = "00:00:08", ["pacing"] = "Fast", ["density"] = "Dense", ["style"] = "Modern" },
            ["voiceSpec"] = new JsonObject { ["voiceName"] = "en-US-JennyNeural", ["rate"] = 1.1, ["pitch"] = 1.0, ["pause"] = 0.5 },
            ["renderSpec"] = new JsonObject
            {
                ["res"] = "180x320",
                ["container"] = "mp4",
                ["videoBitrateK"] = 400,
                ["audioBitrateK"] = 96,
                ["fps"] = 15,
                ["codec"] = "H264",
                ["qualityLevel"] = 60,
                ["enableSceneCut"] = false,
                ["burnSubtitles"] = true,
            },
        };
        var job = await SubmitAsync(VideoPipeline.DefaultPreset, input);

        var done = await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        var probe = await Ffprobe.ProbeAsync(PathOf(done, VideoArtifacts.Video));
        Assert.Equal((180, 320), (probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height));
        Assert.Equal(15, probe.PrimaryVideo!.FrameRate!.Value, 0.01);
        Assert.Equal("h264", probe.PrimaryVideo.CodecName);
        Assert.Contains(probe.Streams, s => s.IsSubtitle);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 4, 16);
        Assert.Contains(done.Warnings, w => w.Code == "VoiceSubstituted");
        var log = await File.ReadAllTextAsync(Directory.GetFiles(_h.Layout.LogDirectory(job.Id), "mux-*-ffmpeg.log").Order(StringComparer.Ordinal).First());
        Assert.Contains("ass=filename=burn.ass", log, StringComparison.Ordinal);
        Assert.Contains("-sc_threshold 0", log, StringComparison.Ordinal);
        Assert.Contains("-maxrate 400k", log, StringComparison.Ordinal);
        Assert.Equal(1, _writer.Calls);
    }

    [Fact]
    public async Task Retry_AfterNarrationFailed_ReusesTheFinishedScript()
    {
        _speech.FailNextCall();
        var job = await SubmitAsync(VideoPipeline.DefaultPreset, new JsonObject { ["topic"] = "tea", ["durationSec"] = 6, ["resolution"] = "160x90", ["fps"] = 10 });
        var failed = await _h.WaitForStatusAsync(job.Id, JobStatus.Failed, Timeout);
        Assert.Equal(StepStatus.Failed, failed.FindStep(NarrationStep.StepName)!.Status);
        Assert.Equal("SpeechFailed:test", Assert.Single(failed.Errors).Code);
        var scriptStep = failed.FindStep(ScriptStep.StepName)!;
        var scriptText = await File.ReadAllTextAsync(PathOf(failed, VideoArtifacts.Script));

        await _h.Service.RetryAsync(job.Id, null, CancellationToken.None);
        var done = await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        Assert.Equal(1, _writer.Calls);
        Assert.Equal(scriptStep.CompletedAt, done.FindStep(ScriptStep.StepName)!.CompletedAt);
        Assert.Equal(scriptText, await File.ReadAllTextAsync(PathOf(done, VideoArtifacts.Script)));
        Assert.Empty(Directory.GetFiles(_h.Layout.LogDirectory(job.Id), "narration-a1-*-ffmpeg.log"));
        Assert.NotEmpty(Directory.GetFiles(_h.Layout.LogDirectory(job.Id), "narration-a2-*-ffmpeg.log"));
        Assert.Equal(VideoArtifacts.Video, done.Output[0].Name);
    }

    [Fact]
    public async Task Cancel_DuringMux_KillsFfmpegAndLeavesNoVideo()
    {
        // Big enough that the encode is still running when the cancel arrives.
        var job = await SubmitAsync(
            VideoPipeline.DefaultPreset,
            new JsonObject { ["topic"] = "rivers", ["durationSec"] = 60, ["resolution"] = "720p", ["fps"] = 30 },
            new JsonObject { ["quality"] = "high" });
        await _h.WaitForEventAsync(job.Id, e => e.Type == JobEventTypes.StepProgress && (string?)e.Payload["step"] == MuxStep.StepName, Timeout);
        var ffmpegPid = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(job.Id, StringComparison.Ordinal));

        await _h.Service.CancelAsync(job.Id, null, CancellationToken.None);
        var cancelled = await _h.WaitForStatusAsync(job.Id, JobStatus.Cancelled, TimeSpan.FromSeconds(10));

        Assert.False(ProcessTree.IsAlive(ffmpegPid), "ffmpeg is still running");
        Assert.Equal(StepStatus.Cancelled, cancelled.FindStep(MuxStep.StepName)!.Status);
        Assert.DoesNotContain(cancelled.Output, a => a.Name == VideoArtifacts.Video);
        Assert.False(File.Exists(Path.Combine(_h.Layout.OutputDirectory(job.Id), VideoArtifacts.Video)));
        Assert.False(Directory.Exists(_h.Layout.WorkDirectory(job.Id)), "temp folder left behind");
    }
}
