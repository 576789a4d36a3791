namespace MediaJobs.Pipelines.Transcode;

/// <summary>One packet of the source's primary video as ffprobe lists it: its presentation time and whether it is a keyframe.</summary>
public readonly record struct VideoPacket(double PtsSeconds, bool IsKey);
