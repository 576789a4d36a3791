using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>The user-facing errors of unavailable providers (seed 000's <c>MissingApiKey:&lt;NAME&gt;</c> shape).</summary>
internal static class ProviderErrors
{
    public static JobError MissingAzureKey() => MissingApiKey.Error(EnvironmentKeys.AzureKey, "Azure Speech",
        $"Set MediaJobs:Providers:Azure:Key or {EnvironmentKeys.AzureKey} (and MediaJobs:Providers:Azure:Region or {EnvironmentKeys.AzureRegion}), or send options.allowSkipUnavailable: true to use the local espeak-ng voice.");

    public static JobError MissingOpenAiKey() => MissingApiKey.Error(EnvironmentKeys.OpenAiKey, "OpenAI-compatible text-to-speech",
        $"Set MediaJobs:Providers:Tts:ApiKey or {EnvironmentKeys.OpenAiKey} (or MediaJobs:Providers:Tts:BaseUrl for a local server), or send options.allowSkipUnavailable: true to use the local espeak-ng voice.");

    public static JobError MissingPexelsKey() => MissingApiKey.Error(EnvironmentKeys.PexelsKey, "Pexels",
        $"Set MediaJobs:Providers:Pexels:ApiKey or {EnvironmentKeys.PexelsKey}, or send options.allowSkipUnavailable: true to use the local b-roll library.");

    public static JobError MissingUserMedia(string? folder) => new(
        "UserMediaUnavailable",
        folder is null ? "No user media folder is configured." : $"The user media folder '{folder}' has no usable clips or stills.",
        "Set MediaJobs:Providers:UserMediaFolder to a folder of .mp4/.mov/.mkv/.webm clips or .jpg/.png stills, or send options.allowSkipUnavailable: true to use the local b-roll library.");
}
