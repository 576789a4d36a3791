namespace MediaJobs.Pipelines.Video;

/// <summary>Video codec of the MP4 (seed 000's <c>renderSpec.codec</c>): libx264, libx265, libsvtav1.</summary>
public enum VideoCodec
{
    H264,
    Hevc,
    Av1,
}
