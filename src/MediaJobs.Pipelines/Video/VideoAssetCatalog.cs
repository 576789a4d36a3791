using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video;

/// <summary>Clips (videos or stills) and music beds to choose from.</summary>
public sealed record VideoAssetCatalog(IReadOnlyList<VideoAsset> Clips, IReadOnlyList<VideoAsset> Music)
{
    /// <summary>Warnings for the job from the source (e.g. a provider skipped); the b-roll step reports them.</summary>
    public IReadOnlyList<JobError> Warnings { get; init; } = [];

    /// <summary>How many files the call that returned this catalog had to render (0: the library was complete).</summary>
    public int RenderedCount { get; init; }
}
