namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Speaks one sentence into a WAV file. The offline default is <see cref="EspeakSynthesizer"/>;
/// cloud voices (OpenAI-compatible TTS, Azure Speech) plug in here.
/// </summary>
public interface ISpeechSynthesizer
{
    string Name { get; }

    /// <summary>Why the requested voice cannot be used as asked and what is used instead, or null when it can.</summary>
    string? VoiceWarning(string language, string? voiceName);

    /// <summary>Writes <paramref name="request"/>'s text as a WAV to <paramref name="outputPath"/>.</summary>
    Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct);
}
