namespace MediaJobs.Pipelines.Video;

/// <summary><c>broll-plan.json</c>: the shots that cover the narration, the music bed, and the frame they are fitted to.</summary>
internal sealed record BrollPlan(int Width, int Height, double Fps, double DurationSec, IReadOnlyList<BrollSegment> Segments, string? MusicPath);
