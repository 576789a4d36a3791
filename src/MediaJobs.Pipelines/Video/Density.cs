namespace MediaJobs.Pipelines.Video;

/// <summary><c>planSpec.density</c>: sentences per scene (how quickly the pictures change).</summary>
public enum Density
{
    Sparse,
    Balanced,
    Dense,
}
