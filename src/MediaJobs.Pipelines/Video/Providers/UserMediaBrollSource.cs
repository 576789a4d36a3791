namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// The user's own clips and stills (<c>MediaJobs:Providers:UserMediaFolder</c>, searched recursively, in name order).
/// Stills are shown with the shot's slow pan or zoom. Music beds come from elsewhere.
/// </summary>
internal sealed class UserMediaBrollSource(string folder) : IBrollSource
{
    public string Name => "user media";

    public string Folder { get; } = folder;

    public Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(onProgress);
        ct.ThrowIfCancellationRequested();
        var clips = Directory.Exists(Folder)
            ? Directory.EnumerateFiles(Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                .Where(f => BrollFileKinds.IsVideo(f) || BrollFileKinds.IsStill(f))
                .Where(f => !Path.GetFileName(f).StartsWith('.'))
                .Order(StringComparer.Ordinal)
                .Select(f => new VideoAsset(Path.GetFullPath(f), [BrollFileKinds.IsStill(f) ? "still" : "clip", "user"]))
                .ToList()
            : [];
        onProgress(100);
        return Task.FromResult(new VideoAssetCatalog(clips, []));
    }
}
