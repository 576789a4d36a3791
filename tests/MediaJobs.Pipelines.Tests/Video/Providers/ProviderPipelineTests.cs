using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;
using MediaJobs.Testing;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>Whole video jobs on a real engine with the provider choice wired in: missing keys, and every cloud provider faked locally.</summary>
[Trait("Tier", "Media")]
public sealed class ProviderPipelineTests : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);
    private readonly HttpClient _http = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-provider-jobs-").FullName;
    private readonly List<EngineHarness> _harnesses = [];
    private FakeHttpServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeHttpServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var h in _harnesses)
        {
            await h.DisposeAsync();
            h.DeleteFiles();
        }
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task<EngineHarness> StartAsync(VideoProvidersOptions options)
    {
        var providers = VideoProviders.Create(options, _http, Tools, Runner, Ffmpeg, AssetsDirectory);
        // The same composite as production, but Pexels downloads into this test's folder, not the shared library.
        var broll = new CompositeBrollSource(
            new GeneratedBrollSource(AssetsDirectory, Ffmpeg),
            options.UserMediaFolder is { } user ? new UserMediaBrollSource(user) : null,
            options.Pexels.IsConfigured ? new PexelsBrollSource(_http, options.Pexels, Path.Combine(_folder, "pexels")) : null);
        var h = await EngineHarness.CreateAsync(o => o.MaxAttempts = 1, new VideoPipeline(Tools, Ffmpeg, Ffprobe, Runner, AssetsDirectory, providers.Writer, providers.Speech, broll));
        _harnesses.Add(h);
        await h.StartAsync();
        return h;
    }

    private static Task<Job> SubmitAsync(EngineHarness h, JsonObject input, bool allowSkipUnavailable) => h.SubmitAsync(new JobSubmission
    {
        Type = VideoPipeline.TypeName,
        Preset = VideoPipeline.DefaultPreset,
        Input = input,
        Options = new JsonObject { ["quality"] = "fast", ["allowSkipUnavailable"] = allowSkipUnavailable },
    });

    private static JsonObject AzureVoiceInput() => new()
    {
        ["brief"] = new JsonObject { ["text"] = "Hello from a tiny test. It ends here." },
        ["voiceSpec"] = new JsonObject { ["voiceName"] = "en-US-JennyNeural" },
        ["renderSpec"] = new JsonObject { ["res"] = "320x180", ["fps"] = 15 },
    };

    private static string PathOf(EngineHarness h, Job job, string name) =>
        h.Layout.Resolve(job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).First(a => a.Name == name).Path);

    private static async Task<T> ReadAsync<T>(EngineHarness h, Job job, string name) =>
        JsonSerializer.Deserialize<T>(await File.ReadAllTextAsync(PathOf(h, job, name)), VideoArtifacts.Json)!;

    [Fact]
    public async Task AzureVoice_WithoutKey_AndNoSkipping_FailsWithMissingApiKeyStepErrorAndRemediation()
    {
        var h = await StartAsync(new VideoProvidersOptions());

        var job = await SubmitAsync(h, AzureVoiceInput(), allowSkipUnavailable: false);
        var failed = await h.WaitForStatusAsync(job.Id, JobStatus.Failed, Timeout);

        Assert.Equal(StepStatus.Failed, failed.FindStep(NarrationStep.StepName)!.Status);
        var error = Assert.Single(failed.Errors);
        Assert.Equal("MissingApiKey:AZURE_SPEECH_KEY", error.Code);
        var stepError = Assert.Single(await h.EventsAsync(job.Id), e => e.Type == JobEventTypes.StepError);
        Assert.Equal("narration", (string?)stepError.Payload["step"]);
        Assert.Equal("MissingApiKey:AZURE_SPEECH_KEY", (string?)stepError.Payload["code"]);
        Assert.Contains("AZURE_SPEECH_KEY", (string?)stepError.Payload["remediation"], StringComparison.Ordinal);
        Assert.Contains("MediaJobs:Providers:Azure:Key", (string?)stepError.Payload["remediation"], StringComparison.Ordinal);
        var logs = h.Layout.LogDirectory(job.Id);
        Assert.False(Directory.Exists(logs) && Directory.GetFiles(logs, "narration-*-tts.log").Length > 0, "a voice was called");
    }

    [Fact]
    public async Task AzureVoice_WithoutKey_AndSkippingAllowed_SucceedsWithTheLocalVoiceAWarningAndTheUsersStill()
    {
        var media = Directory.CreateDirectory(Path.Combine(_folder, "my-media")).FullName;
        File.Copy(await ProviderMedia.StillPathAsync(), Path.Combine(media, "holiday.png"));
        var h = await StartAsync(new VideoProvidersOptions { UserMediaFolder = media });

        var job = await SubmitAsync(h, AzureVoiceInput(), allowSkipUnavailable: true);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        var warning = Assert.Single(done.Warnings, w => w.Code == "MissingApiKey:AZURE_SPEECH_KEY");
        Assert.False(string.IsNullOrWhiteSpace(warning.Remediation));
        Assert.Contains(await h.EventsAsync(job.Id), e => e.Type == JobEventTypes.Warning && (string?)e.Payload["code"] == "MissingApiKey:AZURE_SPEECH_KEY");
        var plan = await ReadAsync<BrollPlan>(h, done, VideoArtifacts.BrollPlan);
        Assert.All(plan.Segments, s => Assert.Equal(Path.Combine(media, "holiday.png"), s.ClipPath));
        var probe = await Ffprobe.ProbeAsync(PathOf(h, done, VideoArtifacts.Video));
        Assert.Equal((320, 180), (probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height));
        Assert.Equal(plan.DurationSec, probe.Duration!.Value.TotalSeconds, 0.2);
    }

    [Fact]
    public async Task CloudProviders_LlmFallbackAzureVoiceAndPexelsClips_AreUsedEndToEnd()
    {
        const double SentenceSec = 0.8;
        var wav = await ProviderMedia.WavAsync(SentenceSec);
        var clip = await ProviderMedia.ClipAsync();
        _server.Handler = r => r.Path switch
        {
            "/llm/chat/completions" => FakeResponse.Json("""{"choices":[{"message":{"role":"assistant","content":"not json at all"}}]}"""),
            "/azure/tts" => FakeResponse.Bytes(wav, "audio/wav"),
            "/videos/search" => FakeResponse.Json(PexelsBrollSourceTests.SearchAnswer(_server)),
            "/files/small.mp4" or "/files/tiny.mp4" => FakeResponse.Bytes(clip, "video/mp4"),
            _ => null,
        };
        var h = await StartAsync(new VideoProvidersOptions
        {
            Llm = new ProviderEndpointOptions { BaseUrl = _server.Url("llm"), ApiKey = "sk-llm" },
            Azure = new AzureSpeechOptions { Key = "az", Region = "test", Endpoint = _server.Url("azure/tts") },
            Pexels = new PexelsOptions { BaseUrl = _server.BaseUri.ToString(), ApiKey = "px" },
        });
        var input = new JsonObject
        {
            ["topic"] = "mountain rivers",
            ["durationSec"] = 5,
            ["voice"] = "en-US-JennyNeural",
            ["brollProvider"] = "pexels",
            ["resolution"] = "320x180",
            ["fps"] = 15,
        };

        var job = await SubmitAsync(h, input, allowSkipUnavailable: false);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Timeout);

        Assert.Equal(OpenAiScriptWriter.Attempts, _server.RequestsTo("/llm/chat/completions").Count);
        Assert.Contains(done.Warnings, w => w.Code == "ScriptFallback");
        var script = await ReadAsync<VideoScript>(h, done, VideoArtifacts.Script);
        Assert.Equal("template", script.Source);

        var azureCalls = _server.RequestsTo("/azure/tts");
        Assert.Equal(script.SentenceCount, azureCalls.Count);
        Assert.All(azureCalls, c => Assert.Contains("<voice name=\"en-US-JennyNeural\">", c.BodyText, StringComparison.Ordinal));
        var timings = await ReadAsync<NarrationTimings>(h, done, VideoArtifacts.Timings);
        Assert.All(timings.Sentences, s => Assert.Equal(SentenceSec, s.EndSec - s.StartSec, 0.01));
        var expected = timings.Sentences.Sum(s => SentenceSec + s.PauseAfterSec);
        Assert.Equal(expected, timings.DurationSec, 0.05);
        var narration = await Ffprobe.ProbeAsync(PathOf(h, done, VideoArtifacts.Narration));
        Assert.Equal(expected, narration.Duration!.Value.TotalSeconds, 0.05);

        Assert.NotEmpty(_server.RequestsTo("/videos/search"));
        var plan = await ReadAsync<BrollPlan>(h, done, VideoArtifacts.BrollPlan);
        Assert.All(plan.Segments, s => Assert.Equal(Path.Combine(_folder, "pexels", "pexels-4242-320x240.mp4"), s.ClipPath));
        Assert.DoesNotContain(done.Warnings, w => w.Code.StartsWith("MissingApiKey", StringComparison.Ordinal));
        var probe = await Ffprobe.ProbeAsync(PathOf(h, done, VideoArtifacts.Video));
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
    }

    [Fact]
    public async Task PexelsRequested_WithoutKey_FailsWithMissingApiKeyOrWarnsWhenSkippingIsAllowed()
    {
        var h = await StartAsync(new VideoProvidersOptions());
        var input = new JsonObject { ["text"] = "Short one.", ["brollProvider"] = "pexels", ["resolution"] = "160x90", ["fps"] = 10, ["music"] = false };

        var failed = await h.WaitForStatusAsync((await SubmitAsync(h, input, false)).Id, JobStatus.Failed, Timeout);
        var done = await h.WaitForStatusAsync((await SubmitAsync(h, input.DeepClone().AsObject(), true)).Id, JobStatus.Succeeded, Timeout);

        Assert.Equal(StepStatus.Failed, failed.FindStep(BrollStep.StepName)!.Status);
        Assert.Equal("MissingApiKey:PEXELS_API_KEY", Assert.Single(failed.Errors).Code);
        Assert.Contains(done.Warnings, w => w.Code == "MissingApiKey:PEXELS_API_KEY");
        Assert.Empty(_server.Requests);
    }
}
