namespace MediaJobs.Pipelines.Video;

/// <summary>Frame shape (seed 000's <c>brief.aspect</c>).</summary>
public enum VideoAspect
{
    Widescreen16x9,
    Vertical9x16,
    Square1x1,
}
