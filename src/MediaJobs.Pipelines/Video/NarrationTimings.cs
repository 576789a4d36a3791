namespace MediaJobs.Pipelines.Video;

/// <summary><c>timings.json</c>: the narration's total length and each sentence's place in it.</summary>
public sealed record NarrationTimings(double DurationSec, IReadOnlyList<SentenceTiming> Sentences)
{
    /// <summary>When the last word ends.</summary>
    public double SpeechEndSec => Sentences.Count == 0 ? 0 : Sentences[^1].EndSec;
}
