namespace MediaJobs.Pipelines.Video;

/// <summary>One library file (a b-roll clip or a music bed) and the styles it suits.</summary>
public sealed record VideoAsset(string Path, IReadOnlyList<string> Tags);
