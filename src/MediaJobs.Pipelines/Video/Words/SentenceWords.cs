namespace MediaJobs.Pipelines.Video.Words;

/// <summary>
/// Word timing for one spoken sentence (relative to the start of its audio): the sentence's own sounding spans and
/// pauses, with the words' relative lengths from <see cref="EspeakWordLengths"/> (letters when that fails).
/// </summary>
internal static class SentenceWords
{
    /// <summary>Pauses shorter than this inside a sentence are taken for consonants, not for breaks between words.</summary>
    public const double MinPauseSec = 0.09;

    public static async Task<IReadOnlyList<WordTiming>> TimeAsync(
        EspeakWordLengths? lengths, string sentence, string sentenceWav, SpeechRequest request, string probeWav, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = SpokenWords.Split(sentence);
        var audio = PcmAudio.TryRead(sentenceWav);
        var duration = audio?.DurationSec ?? WavDuration.TryRead(sentenceWav) ?? 0;
        var spans = audio is null ? [] : SpeechActivity.Spans(audio, MinPauseSec);
        var weights = (lengths is null ? null : await lengths.MeasureAsync(words, request.Language, request.VoiceName, request.Speed, probeWav, ct))
            ?? EspeakWordLengths.LetterWeights(words);
        return WordAligner.Align(words, weights, spans, duration);
    }
}
