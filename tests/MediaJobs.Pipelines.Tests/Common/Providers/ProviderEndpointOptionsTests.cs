using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Documents;
using MediaJobs.Pipelines.Video.Providers;
using Microsoft.Extensions.Configuration;

namespace MediaJobs.Pipelines.Tests.Common.Providers;

[Trait("Tier", "Fast")]
public sealed class ProviderEndpointOptionsTests
{
    private static T Bind<T>(string section, Dictionary<string, string?> values)
        where T : new()
    {
        var options = new T();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(section).Bind(options);
        return options;
    }

    [Fact]
    public void ResolveKey_ConfiguredKeyWins_ElseTheVariable_BlankIsNone()
    {
        var variables = new Dictionary<string, string?> { ["KEY"] = " from-env " };

        Assert.Equal("configured", new ProviderEndpointOptions { ApiKey = " configured " }.ResolveKey("KEY", variables.GetValueOrDefault));
        Assert.Equal("from-env", new ProviderEndpointOptions { ApiKey = "  " }.ResolveKey("KEY", variables.GetValueOrDefault));
        Assert.Null(new ProviderEndpointOptions().ResolveKey("OTHER", variables.GetValueOrDefault));
    }

    [Theory]
    [InlineData("https://api.example.com/v1", "chat/completions")]
    [InlineData("https://api.example.com/v1/", "/chat/completions")]
    public void Endpoint_JoinsWithExactlyOneSlash(string baseUrl, string path) =>
        Assert.Equal(new Uri("https://api.example.com/v1/chat/completions"), new ProviderEndpointOptions { BaseUrl = baseUrl }.Endpoint(path));

    [Fact]
    public void Endpoint_WithoutBaseUrl_SaysSo() =>
        Assert.Throws<InvalidOperationException>(() => new ProviderEndpointOptions().Endpoint("ocr"));

    [Theory]
    [InlineData("https://api.openai.com/v1", null, false)]
    [InlineData("https://API.openai.com/v1/", "sk", true)]
    [InlineData("http://127.0.0.1:8080/v1", null, true)]
    [InlineData("", null, false)]
    public void IsConfigured_AKeyOrAServerOfItsOwn(string baseUrl, string? key, bool expected) =>
        Assert.Equal(expected, new ProviderEndpointOptions { BaseUrl = baseUrl, ApiKey = key }.IsConfigured);

    [Fact]
    public void Bind_DocumentedVideoKeys_KeepTheirDefaultsAndOverrides()
    {
        var options = Bind<VideoProvidersOptions>("MediaJobs:Providers", new()
        {
            ["MediaJobs:Providers:Llm:Model"] = "local-model",
            ["MediaJobs:Providers:Tts:Voice"] = "nova",
            ["MediaJobs:Providers:Tts:ApiKey"] = "sk-tts",
        });

        Assert.Equal(("https://api.openai.com/v1", "local-model", null), (options.Llm.BaseUrl, options.Llm.Model, options.Llm.ApiKey));
        Assert.Equal(("https://api.openai.com/v1", "tts-1", "nova", "sk-tts"), (options.Tts.BaseUrl, options.Tts.Model, options.Tts.Voice, options.Tts.ApiKey));
    }

    [Fact]
    public void Bind_DocumentedDocumentKeys_KeepTheirDefaultsAndOverrides()
    {
        var options = Bind<DocumentsOptions>("MediaJobs:Documents", new()
        {
            ["MediaJobs:Documents:Llm:BaseUrl"] = "http://127.0.0.1:11434/v1",
            ["MediaJobs:Documents:Mistral:ApiKey"] = "mk",
        });

        Assert.Equal(("https://api.mistral.ai/v1", "mistral-ocr-latest", "mk"), (options.Mistral.BaseUrl, options.Mistral.Model, options.Mistral.ApiKey));
        Assert.Equal(("https://api.openai.com/v1", "gpt-4o-mini"), (options.Vision.BaseUrl, options.Vision.Model));
        Assert.Equal(("http://127.0.0.1:11434/v1", "gpt-4o-mini"), (options.Llm.BaseUrl, options.Llm.Model));
        Assert.Equal(("https://api.openai.com/v1", "whisper-1"), (options.SpeechToText.BaseUrl, options.SpeechToText.Model));
        Assert.Equal("", new DocumentsOptions().Llm.BaseUrl);
    }

    [Fact]
    public void WithEnvironment_KeepsTheVoiceAndFillsTheKey()
    {
        var resolved = new VideoProvidersOptions { Tts = new TtsProviderOptions { Voice = "echo" } }
            .WithEnvironment(name => name == EnvironmentKeys.OpenAiKey ? "env-key" : null);

        Assert.Equal(("echo", "env-key", "tts-1"), (resolved.Tts.Voice, resolved.Tts.ApiKey, resolved.Tts.Model));
        Assert.Equal(("env-key", "gpt-4o-mini"), (resolved.Llm.ApiKey, resolved.Llm.Model));
    }
}
