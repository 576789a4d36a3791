namespace MediaJobs.Pipelines.Video;

/// <summary>One caption: at most two lines, shown from <see cref="StartSec"/> to <see cref="EndSec"/>.</summary>
public sealed record SubtitleCue(double StartSec, double EndSec, IReadOnlyList<string> Lines);
