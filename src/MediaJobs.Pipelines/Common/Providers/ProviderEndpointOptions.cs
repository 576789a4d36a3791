namespace MediaJobs.Pipelines.Common.Providers;

/// <summary>
/// One HTTP model endpoint (OpenAI-compatible, or Mistral's with the same three settings): where it is, its key and
/// its model. The one options shape of every such provider: the video script writer (<c>MediaJobs:Providers:Llm</c>)
/// and voice (<c>:Tts</c>, which adds a voice), and the document models (<c>MediaJobs:Documents:{Mistral,Vision,Llm,SpeechToText}</c>).
/// Each use gives its own defaults where it declares the property. Timeouts are the provider HTTP client's
/// (<see cref="ProviderHttpClientRegistration"/>), not per endpoint.
/// </summary>
public record ProviderEndpointOptions
{
    public const string OpenAiBaseUrl = "https://api.openai.com/v1";

    /// <summary>The API root, e.g. <c>https://api.openai.com/v1</c>; empty when this use has none.</summary>
    public string BaseUrl { get; set; } = "";

    public string? ApiKey { get; set; }

    public string Model { get; set; } = "";

    /// <summary>
    /// Can be called without more settings: it has a key, or a base URL of its own (local model servers usually need no key).
    /// </summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey) || !IsOpenAiOrBlank(BaseUrl);

    /// <summary>The configured key, else the environment variable's value (both trimmed), else null.</summary>
    /// <param name="environment">Reads a variable; the process environment when null (tests pass their own).</param>
    public string? ResolveKey(string variable, Func<string, string?>? environment = null) =>
        Trimmed(ApiKey) ?? Trimmed((environment ?? Environment.GetEnvironmentVariable)(variable));

    /// <summary><paramref name="path"/> appended to <see cref="BaseUrl"/> (with exactly one slash between).</summary>
    public Uri Endpoint(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (string.IsNullOrWhiteSpace(BaseUrl))
        {
            throw new InvalidOperationException("No BaseUrl configured.");
        }
        return new Uri(ProviderHttp.Combine(BaseUrl, path));
    }

    private static bool IsOpenAiOrBlank(string? baseUrl) =>
        string.IsNullOrWhiteSpace(baseUrl) || string.Equals(baseUrl.TrimEnd('/'), OpenAiBaseUrl, StringComparison.OrdinalIgnoreCase);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
