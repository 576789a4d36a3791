namespace MediaJobs.Pipelines.Video;

/// <summary>Where one sentence is spoken in the final timeline (seconds), and the silence that follows it.</summary>
public sealed record SentenceTiming(int Index, int Scene, string Text, double StartSec, double EndSec, double PauseAfterSec);
