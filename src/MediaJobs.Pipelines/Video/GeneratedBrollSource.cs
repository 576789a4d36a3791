using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The offline library of <see cref="VideoAssetLibrary"/>, ordered so clips tagged with the request's style come first. The
/// 640×360 clips are scaled in the mux: decoding copies pre-rendered at the output size cost more CPU than decoding these
/// and scaling them (docs/benchmarks.md).
/// </summary>
internal sealed class GeneratedBrollSource(string assetsDirectory, FfmpegRunner ffmpeg) : IBrollSource
{
    public string Name => "generated";

    public async Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = await VideoAssetLibrary.EnsureAsync(assetsDirectory, ffmpeg, ct, onProgress);
        return new VideoAssetCatalog(PreferStyle(catalog.Clips, request.Style), PreferStyle(catalog.Music, request.Style));
    }

    /// <summary>Assets tagged with the style first, the others after, each group in library order (stable).</summary>
    public static IReadOnlyList<VideoAsset> PreferStyle(IReadOnlyList<VideoAsset> assets, string style)
    {
        ArgumentNullException.ThrowIfNull(assets);
        return [.. assets.OrderBy(a => a.Tags.Contains(style, StringComparer.OrdinalIgnoreCase) ? 0 : 1)];
    }
}
