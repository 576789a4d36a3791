namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>The plain environment variables read when a provider key is not configured (seed 004's names).</summary>
internal static class EnvironmentKeys
{
    public const string OpenAiKey = "OPENAI_API_KEY";
    public const string AzureKey = "AZURE_SPEECH_KEY";
    public const string AzureRegion = "AZURE_SPEECH_REGION";
    public const string PexelsKey = "PEXELS_API_KEY";
}
