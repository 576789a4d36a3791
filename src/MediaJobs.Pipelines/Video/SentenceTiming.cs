namespace MediaJobs.Pipelines.Video;

/// <summary>Where one sentence is spoken in the final timeline (seconds), and the silence that follows it.</summary>
internal sealed record SentenceTiming(int Index, int Scene, string Text, double StartSec, double EndSec, double PauseAfterSec)
{
    /// <summary>Each word and when it is spoken, on the same timeline (empty in timings written before word timing).</summary>
    public IReadOnlyList<Words.WordTiming> Words { get; init; } = [];
}
