using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Chooses the voice per job: an explicit <c>voiceSpec.provider</c> / <c>inputs.voiceProvider</c>
/// (<c>espeak</c>, <c>openai</c>, <c>azure</c>) wins; otherwise a voice name that looks like an Azure neural
/// voice (<c>en-US-JennyNeural</c>) means Azure; otherwise espeak-ng. A chosen cloud voice that is not configured
/// fails the job with <c>MissingApiKey:&lt;NAME&gt;</c>, or, with <c>options.allowSkipUnavailable</c>, becomes a
/// warning with that code and espeak-ng speaks.
/// </summary>
internal sealed class SpeechProviderSelector(ISpeechSynthesizer local, ISpeechSynthesizer? openAi, ISpeechSynthesizer? azure) : ISpeechSynthesizer
{
    public string Name => local.Name;

    /// <summary>Called directly, either voice may speak (by the voice name), so both count.</summary>
    public string Identity => $"{local.Identity}|{azure?.Identity}";

    public SpeechChoice Choose(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wanted = request.VoiceProvider ?? (AzureSsml.IsAzureVoice(request.VoiceName) ? "azure" : "espeak");
        var (voice, missing) = wanted switch
        {
            "azure" => (azure, ProviderErrors.MissingAzureKey()),
            "openai" => (openAi, ProviderErrors.MissingOpenAiKey()),
            _ => (local, null),
        };
        if (voice is not null)
        {
            return new SpeechChoice(voice, []);
        }
        if (!request.AllowSkipUnavailable)
        {
            throw new MediaJobsException(missing!);
        }
        var warning = missing! with { Message = $"{missing.Message} The local espeak-ng voice speaks instead (allowSkipUnavailable)." };
        return new SpeechChoice(local, [warning]);
    }

    /// <summary>Called directly (not through <see cref="Choose"/>): the voice name decides, without skipping.</summary>
    public string? VoiceWarning(string language, string? voiceName) => Direct(voiceName).VoiceWarning(language, voiceName);

    public Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Direct(request.VoiceName).SynthesizeAsync(request, outputPath, logPath, ct);
    }

    private ISpeechSynthesizer Direct(string? voiceName) => AzureSsml.IsAzureVoice(voiceName) && azure is not null ? azure : local;
}
