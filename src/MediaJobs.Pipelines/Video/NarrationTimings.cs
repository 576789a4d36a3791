namespace MediaJobs.Pipelines.Video;

/// <summary><c>timings.json</c>: the narration's total length, each sentence's place in it, and its measured loudness.</summary>
internal sealed record NarrationTimings(double DurationSec, IReadOnlyList<SentenceTiming> Sentences)
{
    /// <summary>Integrated loudness of the narration (EBU R128), when it could be measured.</summary>
    public double? LoudnessLufs { get; init; }

    /// <summary>When the last word ends.</summary>
    public double SpeechEndSec => Sentences.Count == 0 ? 0 : Sentences[^1].EndSec;
}
