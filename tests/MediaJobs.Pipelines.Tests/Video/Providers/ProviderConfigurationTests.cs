using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Providers;

namespace MediaJobs.Pipelines.Tests.Video.Providers;

/// <summary>Options precedence, request fields that choose providers, and still images in the mux arguments.</summary>
[Trait("Tier", "Fast")]
public sealed class ProviderConfigurationTests
{
    private static readonly Dictionary<string, string> Environment = new()
    {
        [EnvironmentKeys.OpenAiKey] = "env-openai",
        [EnvironmentKeys.AzureKey] = "env-azure",
        [EnvironmentKeys.AzureRegion] = "env-region",
        [EnvironmentKeys.PexelsKey] = "env-pexels",
    };

    [Fact]
    public void WithEnvironment_ConfiguredKeysWin_EmptyOnesComeFromTheEnvironment()
    {
        var configured = new VideoProvidersOptions { Azure = new AzureSpeechOptions { Key = "cfg-azure" }, Pexels = new PexelsOptions { ApiKey = " " } };

        var resolved = configured.WithEnvironment(name => Environment.GetValueOrDefault(name));

        Assert.Equal("cfg-azure", resolved.Azure.Key);
        Assert.Equal("env-region", resolved.Azure.Region);
        Assert.Equal("env-pexels", resolved.Pexels.ApiKey);
        Assert.Equal(("env-openai", "env-openai"), (resolved.Llm.ApiKey, resolved.Tts.ApiKey));
        Assert.True(resolved.Azure.IsConfigured && resolved.Pexels.IsConfigured && resolved.Llm.IsConfigured);
        Assert.Equal(new Uri("https://env-region.tts.speech.microsoft.com/cognitiveservices/v1"), resolved.Azure.SynthesisUri);
    }

    [Fact]
    public void NothingConfigured_IsOffline_ButALocalModelServerNeedsNoKey()
    {
        var none = new VideoProvidersOptions().WithEnvironment(_ => null);
        var local = new ProviderEndpointOptions { BaseUrl = "http://127.0.0.1:8080/v1" };

        Assert.False(none.Llm.IsConfigured || none.Tts.IsConfigured || none.Azure.IsConfigured || none.Pexels.IsConfigured);
        Assert.Null(none.UserMediaFolder);
        Assert.True(local.IsConfigured);
    }

    [Fact]
    public void Parse_VoiceAndBrollProviders_AreRead_LegacyVoiceSpecWins()
    {
        var request = VideoRequestParser.Parse("default", new JsonObject
        {
            ["text"] = "Hi.",
            ["voiceProvider"] = "openai",
            ["brollProvider"] = "Pexels",
            ["voiceSpec"] = new JsonObject { ["provider"] = "azure" },
        }, new JsonObject { ["allowSkipUnavailable"] = true });

        Assert.Equal(("azure", "pexels", true), (request.VoiceProvider, request.BrollProvider, request.AllowSkipUnavailable));
        Assert.Null(VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi.", ["brollProvider"] = "auto" }, []).BrollProvider);
    }

    [Theory]
    [InlineData("voiceProvider", "polly", "voiceProvider")]
    [InlineData("brollProvider", "youtube", "brollProvider")]
    public void Parse_UnknownProvider_IsRejectedNamingTheField(string name, string value, string field)
    {
        var ex = Assert.Throws<JobValidationException>(() => VideoRequestParser.Parse("default", new JsonObject { ["text"] = "Hi.", [name] = value }, []));

        Assert.Equal(field, ex.Field);
    }

    [Fact]
    public void MuxArgs_StillImage_IsLoopedAtTheOutputRate_VideosAreStreamLooped()
    {
        var plan = new BrollPlan(320, 180, 15, 6,
        [
            new BrollSegment(0, "/m/photo.JPG", 0, 3, "zoom-in", null, 0),
            new BrollSegment(1, "/m/clip.mov", 3, 6, "pan-right", "fade", 0.6),
        ], null);
        var request = new VideoRequest { Preset = "default", Text = "x", Width = 320, Height = 180, Fps = 15 };

        var args = MuxArgs.Build(new MuxInputs(request, plan, "/o/n.wav", null, "T", "/w/v.mp4"));

        Assert.Equal(["-loop", "1", "-framerate", "15", "-t", "3.3", "-i", "/m/photo.JPG"], args.Take(8));
        Assert.Equal(["-stream_loop", "-1", "-t", "3.3", "-i", "/m/clip.mov"], args.Skip(8).Take(6));
    }
}
