using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>Azure Speech and OpenAI-compatible TTS against fake servers, and the choice between voices.</summary>
[Trait("Tier", "Media")]
public sealed class SpeechProviderTests : IAsyncLifetime
{
    private FakeHttpServer _server = null!;
    private readonly HttpClient _http = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-speech-").FullName;

    public async Task InitializeAsync() => _server = await FakeHttpServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Azure_SendsSsmlWithVoiceProsodyAndEscapedText_AndWritesTheReturnedWav()
    {
        var wav = await ProviderMedia.WavAsync(1.25);
        _server.Handler = r => r.Path == "/cognitiveservices/v1" ? FakeResponse.Bytes(wav, "audio/wav") : null;
        var azure = new AzureSpeechSynthesizer(_http, new AzureSpeechOptions { Key = "az-key", Region = "westeurope", Endpoint = _server.Url("cognitiveservices/v1") });
        var output = Path.Combine(_folder, "s.wav");

        await azure.SynthesizeAsync(new SpeechRequest("Fish & chips, <hot> \"now\"", "en-GB", "en-GB-SoniaNeural", 1.2, 1.0) { Pause = 2 }, output, null, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("az-key", request.Header("Ocp-Apim-Subscription-Key"));
        Assert.Equal("riff-24khz-16bit-mono-pcm", request.Header("X-Microsoft-OutputFormat"));
        Assert.StartsWith("application/ssml+xml", request.Header("Content-Type"), StringComparison.Ordinal);
        var ssml = request.BodyText;
        Assert.Contains("xml:lang=\"en-GB\"", ssml, StringComparison.Ordinal);
        Assert.Contains("<voice name=\"en-GB-SoniaNeural\">", ssml, StringComparison.Ordinal);
        Assert.Contains("<prosody rate=\"+20%\" pitch=\"+0st\">", ssml, StringComparison.Ordinal);
        Assert.Contains("Fish &amp; chips,<break time=\"300ms\"/>&lt;hot&gt; &quot;now&quot;", ssml, StringComparison.Ordinal);
        System.Xml.Linq.XDocument.Parse(ssml);
        Assert.Equal(wav, await File.ReadAllBytesAsync(output));
        var probe = await Ffprobe.ProbeAsync(output);
        Assert.Equal(1.25, probe.Duration!.Value.TotalSeconds, 0.01);
    }

    [Fact]
    public async Task OpenAi_PostsModelVoiceInputSpeedAndWavFormatWithBearerKey()
    {
        var wav = await ProviderMedia.WavAsync(0.5);
        _server.Handler = r => r.Path == "/v1/audio/speech" ? FakeResponse.Bytes(wav, "audio/wav") : null;
        var tts = new OpenAiSpeechSynthesizer(_http, new TtsProviderOptions { BaseUrl = _server.Url("v1"), ApiKey = "sk-tts", Model = "tts-test", Voice = "nova" });
        var output = Path.Combine(_folder, "o.wav");

        await tts.SynthesizeAsync(new SpeechRequest("Hello there.", "en-US", null, 1.1, 1.0), output, null, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("Bearer sk-tts", request.Header("Authorization"));
        var body = JsonNode.Parse(request.BodyText)!;
        Assert.Equal(("tts-test", "nova", "Hello there.", "wav"), ((string?)body["model"], (string?)body["voice"], (string?)body["input"], (string?)body["response_format"]));
        Assert.Equal(1.1, (double)body["speed"]!, 3);
        Assert.Equal(wav, await File.ReadAllBytesAsync(output));
    }

    [Fact]
    public async Task OpenAi_AnswerThatIsNotWav_FailsAndLeavesNoFile()
    {
        _server.Handler = _ => FakeResponse.Json("{\"ok\":true, \"padding\":\"" + new string('x', 100) + "\"}");
        var tts = new OpenAiSpeechSynthesizer(_http, new TtsProviderOptions { BaseUrl = _server.Url("v1"), ApiKey = "k" });
        var output = Path.Combine(_folder, "bad.wav");

        var ex = await Assert.ThrowsAsync<MediaJobsException>(() => tts.SynthesizeAsync(new SpeechRequest("Hi.", "en-US", null, 1, 1), output, null, CancellationToken.None));

        Assert.Equal("SpeechFailed:OpenAI-TTS", ex.Error.Code);
        Assert.Empty(Directory.GetFiles(_folder));
    }

    [Theory]
    [InlineData(null, "en-US-JennyNeural", "azure")]
    [InlineData(null, "en-us+f3", "espeak")]
    [InlineData(null, null, "espeak")]
    [InlineData("openai", "en-US-JennyNeural", "openai")]
    [InlineData("espeak", "en-US-JennyNeural", "espeak")]
    [InlineData("azure", null, "azure")]
    public void Selector_ExplicitProviderWins_ThenAzureLookingVoice_ThenEspeak(string? provider, string? voice, string expected)
    {
        var local = new NamedVoice("espeak");
        var selector = new SpeechProviderSelector(local, new NamedVoice("openai"), new NamedVoice("azure"));

        var choice = selector.Choose(new VideoRequest { Preset = "default", Text = "x", VoiceProvider = provider, VoiceName = voice });

        Assert.Equal(expected, choice.Synthesizer.Name);
        Assert.Empty(choice.Warnings);
    }

    [Fact]
    public void Selector_UnconfiguredOpenAi_IsMissingApiKeyOrAWarningWhenSkippingIsAllowed()
    {
        var local = new NamedVoice("espeak");
        var selector = new SpeechProviderSelector(local, null, null);
        var request = new VideoRequest { Preset = "default", Text = "x", VoiceProvider = "openai" };

        var ex = Assert.Throws<MediaJobsException>(() => selector.Choose(request));
        var skipped = selector.Choose(request with { AllowSkipUnavailable = true });

        Assert.Equal("MissingApiKey:OPENAI_API_KEY", ex.Error.Code);
        Assert.Contains("Tts:ApiKey", ex.Error.Remediation, StringComparison.Ordinal);
        Assert.Same(local, skipped.Synthesizer);
        Assert.Equal("MissingApiKey:OPENAI_API_KEY", Assert.Single(skipped.Warnings).Code);
    }

    [Theory]
    [InlineData("en-US-JennyNeural", true)]
    [InlineData("de-DE-KatjaNeural", true)]
    [InlineData("zh-CN-XiaoxiaoMultilingualNeural", true)]
    [InlineData("en-us+f3", false)]
    [InlineData("en-US-Jenny", false)]
    public void IsAzureVoice_RecognisesNeuralVoiceNames(string name, bool expected) => Assert.Equal(expected, AzureSsml.IsAzureVoice(name));

    private sealed class NamedVoice(string name) : ISpeechSynthesizer
    {
        public string Name => name;
        public string Identity => name;
        public string? VoiceWarning(string language, string? voiceName) => null;
        public Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct) => Task.CompletedTask;
    }
}
