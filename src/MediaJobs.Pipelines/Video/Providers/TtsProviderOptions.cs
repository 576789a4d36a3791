namespace MediaJobs.Pipelines.Video.Providers;

/// <summary><c>MediaJobs:Providers:Tts</c>: an OpenAI-compatible <c>/audio/speech</c> endpoint.</summary>
public sealed class TtsProviderOptions
{
    public string BaseUrl { get; set; } = LlmProviderOptions.DefaultBaseUrl;
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "tts-1";
    public string Voice { get; set; } = "alloy";

    /// <summary>Usable when it has a key, or a base URL of its own (a local server).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) || !LlmProviderOptions.IsDefault(BaseUrl);
}
