using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Hosting;
using MediaJobs.Pipelines.Common.Providers;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Cloud providers and media folders for the video pipeline (configuration section <c>MediaJobs:Providers</c>).
/// Every provider is optional: without its settings the offline default is used. Precedence for each key:
/// the configuration value (appsettings, <c>MEDIAJOBS__PROVIDERS__...</c> variables, command line) wins;
/// when it is empty the plain environment variable (<c>OPENAI_API_KEY</c>, <c>AZURE_SPEECH_KEY</c>,
/// <c>AZURE_SPEECH_REGION</c>, <c>PEXELS_API_KEY</c>) is used — see <see cref="WithEnvironment"/>.
/// </summary>
public sealed class VideoProvidersOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Providers";

    /// <summary>OpenAI-compatible chat completions that write scripts (also local model servers).</summary>
    public ProviderEndpointOptions Llm { get; set; } = new() { BaseUrl = ProviderEndpointOptions.OpenAiBaseUrl, Model = "gpt-4o-mini" };

    /// <summary>OpenAI-compatible <c>/audio/speech</c> voice.</summary>
    public TtsProviderOptions Tts { get; set; } = new();

    /// <summary>Azure Speech REST voices (<c>en-US-JennyNeural</c>, ...).</summary>
    public AzureSpeechOptions Azure { get; set; } = new();

    /// <summary>Pexels stock video search.</summary>
    public PexelsOptions Pexels { get; set; } = new();

    /// <summary>A folder of the user's own clips and stills, used for b-roll before the generated library.</summary>
    public string? UserMediaFolder { get; set; }

    /// <summary>Every provider address is an http(s) URL (nested sections, so named by their full key).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var addresses = new (string Key, string? Value)[]
        {
            ($"{nameof(Llm)}:{nameof(ProviderEndpointOptions.BaseUrl)}", Llm.BaseUrl),
            ($"{nameof(Tts)}:{nameof(ProviderEndpointOptions.BaseUrl)}", Tts.BaseUrl),
            ($"{nameof(Azure)}:{nameof(AzureSpeechOptions.Endpoint)}", Azure.Endpoint),
            ($"{nameof(Pexels)}:{nameof(PexelsOptions.BaseUrl)}", Pexels.BaseUrl),
        };
        foreach (var (key, value) in addresses.Where(a => !OptionRules.IsUnsetOrHttpUrl(a.Value)))
        {
            yield return new ValidationResult(OptionRules.HttpUrlMessage, [key]);
        }
    }

    /// <summary>A copy in which empty keys are filled from the well-known environment variables.</summary>
    public VideoProvidersOptions WithEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        string? Pick(string? configured, string variable) =>
            string.IsNullOrWhiteSpace(configured) ? Blank(environment(variable)) : configured.Trim();
        return new VideoProvidersOptions
        {
            Llm = Llm with { ApiKey = Llm.ResolveKey(EnvironmentKeys.OpenAiKey, environment) },
            Tts = Tts with { ApiKey = Tts.ResolveKey(EnvironmentKeys.OpenAiKey, environment) },
            Azure = new AzureSpeechOptions { Endpoint = Azure.Endpoint, Key = Pick(Azure.Key, EnvironmentKeys.AzureKey), Region = Pick(Azure.Region, EnvironmentKeys.AzureRegion) },
            Pexels = new PexelsOptions { BaseUrl = Pexels.BaseUrl, ApiKey = Pick(Pexels.ApiKey, EnvironmentKeys.PexelsKey) },
            UserMediaFolder = Blank(UserMediaFolder),
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
