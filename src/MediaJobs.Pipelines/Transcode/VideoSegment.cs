namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// One durable piece of a segmented encode: the source's frames from <see cref="StartSeconds"/> (a keyframe's
/// presentation time, as the file stamps it) on, <see cref="Frames"/> of them, lasting <see cref="DurationSeconds"/>.
/// </summary>
public sealed record VideoSegment(int Index, double StartSeconds, double DurationSeconds, int Frames);
