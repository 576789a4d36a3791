using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary><c>MediaJobs:Providers:Tts</c>: an OpenAI-compatible <c>/audio/speech</c> endpoint and the voice it speaks with.</summary>
public sealed record TtsProviderOptions : ProviderEndpointOptions
{
    public TtsProviderOptions()
    {
        BaseUrl = OpenAiBaseUrl;
        Model = "tts-1";
    }

    public string Voice { get; set; } = "alloy";
}
