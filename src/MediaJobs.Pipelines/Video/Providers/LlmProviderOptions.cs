namespace MediaJobs.Pipelines.Video.Providers;

/// <summary><c>MediaJobs:Providers:Llm</c>: an OpenAI-compatible chat completions endpoint.</summary>
public sealed class LlmProviderOptions
{
    public const string DefaultBaseUrl = "https://api.openai.com/v1";

    public string BaseUrl { get; set; } = DefaultBaseUrl;
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "gpt-4o-mini";

    /// <summary>Used when it has a key, or a base URL of its own (local model servers usually need no key).</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) || !IsDefault(BaseUrl);

    internal static bool IsDefault(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) || string.Equals(baseUrl.TrimEnd('/'), DefaultBaseUrl, StringComparison.OrdinalIgnoreCase);
}
