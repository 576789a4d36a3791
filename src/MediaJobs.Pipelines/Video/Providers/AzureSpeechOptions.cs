namespace MediaJobs.Pipelines.Video.Providers;

/// <summary><c>MediaJobs:Providers:Azure</c>: Azure Speech text-to-speech over REST.</summary>
public sealed class AzureSpeechOptions
{
    public string? Region { get; set; }
    public string? Key { get; set; }

    /// <summary>Overrides <c>https://{region}.tts.speech.microsoft.com/cognitiveservices/v1</c> (tests, sovereign clouds).</summary>
    public string? Endpoint { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Key) && (!string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(Region));

    public Uri SynthesisUri => !string.IsNullOrWhiteSpace(Endpoint)
        ? new Uri(Endpoint)
        : new Uri($"https://{Region}.tts.speech.microsoft.com/cognitiveservices/v1");
}
