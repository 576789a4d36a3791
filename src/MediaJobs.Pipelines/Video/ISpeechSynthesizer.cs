namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Speaks one sentence into a WAV file. The offline default is <see cref="EspeakSynthesizer"/>;
/// cloud voices (OpenAI-compatible TTS, Azure Speech) plug in here.
/// </summary>
public interface ISpeechSynthesizer
{
    string Name { get; }

    /// <summary>
    /// Everything outside the <see cref="SpeechRequest"/> that decides the audio: provider, endpoint, model, configured
    /// voice. It is part of the key under which a sentence's audio is kept for reuse, so a change here is never served stale audio.
    /// </summary>
    string Identity { get; }

    /// <summary>
    /// The synthesizer that speaks <paramref name="request"/>: this one, unless this is a selector among providers
    /// (<see cref="Providers.SpeechProviderSelector"/>). Throws a <see cref="Core.Errors.MediaJobsException"/>
    /// (e.g. <c>MissingApiKey:AZURE_SPEECH_KEY</c>) when the requested voice cannot be used and skipping is not allowed.
    /// </summary>
    SpeechChoice Choose(VideoRequest request) => new(this, []);

    /// <summary>Why the requested voice cannot be used as asked and what is used instead, or null when it can.</summary>
    string? VoiceWarning(string language, string? voiceName);

    /// <summary>Writes <paramref name="request"/>'s text as a WAV to <paramref name="outputPath"/>.</summary>
    Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct);
}
