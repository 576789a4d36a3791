namespace MediaJobs.Pipelines.Transcode;

/// <summary>How SmartShrink scores a sample against its source.</summary>
public enum QualityMetric
{
    Ssim,
    Vmaf,
}
