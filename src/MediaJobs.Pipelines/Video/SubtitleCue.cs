namespace MediaJobs.Pipelines.Video;

/// <summary>One caption: at most two lines, shown from <see cref="StartSec"/> to <see cref="EndSec"/>.</summary>
internal sealed record SubtitleCue(double StartSec, double EndSec, IReadOnlyList<string> Lines)
{
    /// <summary>The cue's words with their onsets, when the narration was timed word by word (WebVTT carries them).</summary>
    public IReadOnlyList<Words.WordTiming> Words { get; init; } = [];
}
