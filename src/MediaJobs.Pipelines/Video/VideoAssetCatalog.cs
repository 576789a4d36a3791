namespace MediaJobs.Pipelines.Video;

/// <summary>What the generated library holds.</summary>
public sealed record VideoAssetCatalog(IReadOnlyList<VideoAsset> Clips, IReadOnlyList<VideoAsset> Music);
