namespace MediaJobs.Pipelines.Transcode;

/// <summary>The video codec a transcode produces.</summary>
public enum VideoTarget
{
    Hevc,
    Av1,
}
