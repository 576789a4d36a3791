using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video;

[Trait("Tier", "Fast")]
public sealed class SentenceAudioKeyTests
{
    private static readonly SpeechRequest Base = new("Hello there.", "en-US", "en-US-JennyNeural", 1.0, 1.0) { Pause = 1.0 };

    public static TheoryData<string, SpeechRequest> ChangedRequests => new()
    {
        { "text", Base with { Text = "Hello there!" } },
        { "language", Base with { Language = "en-GB" } },
        { "voice", Base with { VoiceName = "en-US-GuyNeural" } },
        { "no voice", Base with { VoiceName = null } },
        { "speed", Base with { Speed = 1.12 } },
        { "pitch", Base with { Pitch = 1.1 } },
        { "pause", Base with { Pause = 0.5 } },
    };

    [Theory]
    [MemberData(nameof(ChangedRequests))]
    public void Of_AnyRequestFieldChanged_IsAnotherKey(string field, SpeechRequest changed) =>
        Assert.True(SentenceAudioKey.Of("espeak-ng", Base) != SentenceAudioKey.Of("espeak-ng", changed), $"changing the {field} kept the key");

    [Fact]
    public void Of_SameVoiceAndRequest_IsTheSameKey() =>
        Assert.Equal(SentenceAudioKey.Of("espeak-ng", Base), SentenceAudioKey.Of("espeak-ng", Base with { }));

    [Fact]
    public void Identity_ProviderVoiceModelAndEndpoint_EachChangeTheKey()
    {
        using var http = new HttpClient();
        string KeyOf(ISpeechSynthesizer voice) => SentenceAudioKey.Of(voice.Identity, Base);
        var openAi = new TtsProviderOptions { BaseUrl = "http://127.0.0.1:1/v1", Model = "tts-1", Voice = "alloy" };
        var keys = new[]
        {
            KeyOf(new OpenAiSpeechSynthesizer(http, openAi)),
            KeyOf(new OpenAiSpeechSynthesizer(http, new TtsProviderOptions { BaseUrl = openAi.BaseUrl, Model = openAi.Model, Voice = "nova" })),
            KeyOf(new OpenAiSpeechSynthesizer(http, new TtsProviderOptions { BaseUrl = openAi.BaseUrl, Model = "tts-1-hd", Voice = openAi.Voice })),
            KeyOf(new OpenAiSpeechSynthesizer(http, new TtsProviderOptions { BaseUrl = "http://127.0.0.1:2/v1", Model = openAi.Model, Voice = openAi.Voice })),
            KeyOf(new AzureSpeechSynthesizer(http, new AzureSpeechOptions { Key = "k", Region = "westeurope" })),
            KeyOf(new AzureSpeechSynthesizer(http, new AzureSpeechOptions { Key = "k", Region = "eastus" })),
            KeyOf(new EspeakSynthesizer(Tools, Runner)),
        };

        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{32}$", k));
    }
}
