namespace MediaJobs.Pipelines.Video.Words;

/// <summary>One word of the narration and when it is spoken (seconds; relative to its sentence or to the narration, as stated where used).</summary>
internal sealed record WordTiming(string Text, double StartSec, double EndSec);
