namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Supplies b-roll clips and music beds for a script. The offline default is
/// <see cref="GeneratedBrollSource"/> (the generated library); a user media folder or Pexels plugs in here.
/// </summary>
public interface IBrollSource
{
    string Name { get; }

    /// <summary>Clips and beds to choose from, best matches for the request first.</summary>
    Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct);
}
