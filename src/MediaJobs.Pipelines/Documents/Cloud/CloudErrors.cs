using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>User-facing errors of the cloud providers.</summary>
internal static class CloudErrors
{
    /// <summary><c>MissingApiKey:&lt;VARIABLE&gt;</c> with how to provide the key or what to use instead.</summary>
    public static JobError MissingKey(string environmentVariable, string configKey, string purpose, string alternative) =>
        MissingApiKey.Error(environmentVariable, purpose,
            $"Set the {environmentVariable} environment variable or the configuration key {configKey}, or {alternative}.");

    public static MediaJobsException MissingKeyException(string environmentVariable, string configKey, string purpose, string alternative) =>
        new(MissingKey(environmentVariable, configKey, purpose, alternative));

    public static JobError Failed(string provider, string message) => new(
        $"ProviderFailed:{provider}",
        message,
        $"Check the {provider} key, BaseUrl and model in the configuration, or use an offline extraction method (native, ocr, combined).");
}
