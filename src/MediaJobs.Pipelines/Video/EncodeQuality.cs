namespace MediaJobs.Pipelines.Video;

/// <summary><c>options.quality</c>: how much encoder time to spend (maps to encoder presets).</summary>
public enum EncodeQuality
{
    Fast,
    Balanced,
    High,
}
