using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The offline library of <see cref="VideoAssetLibrary"/>, its clips pre-rendered at the request's size (<see cref="SizedClips"/>),
/// ordered so clips tagged with the request's style come first.
/// </summary>
public sealed class GeneratedBrollSource(string assetsDirectory, FfmpegRunner ffmpeg) : IBrollSource
{
    public string Name => "generated";

    public async Task<VideoAssetCatalog> GetAssetsAsync(VideoRequest request, VideoScript script, Action<double> onProgress, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var catalog = await VideoAssetLibrary.EnsureAsync(assetsDirectory, ffmpeg, ct, p => onProgress(p * 0.5));
        var sized = await SizedClips.EnsureAsync(catalog, assetsDirectory, request.Width, request.Height, ffmpeg, ct);
        onProgress(100);
        return new VideoAssetCatalog(PreferStyle(sized.Clips, request.Style), PreferStyle(sized.Music, request.Style));
    }

    /// <summary>Assets tagged with the style first, the others after, each group in library order (stable).</summary>
    public static IReadOnlyList<VideoAsset> PreferStyle(IReadOnlyList<VideoAsset> assets, string style)
    {
        ArgumentNullException.ThrowIfNull(assets);
        return [.. assets.OrderBy(a => a.Tags.Contains(style, StringComparer.OrdinalIgnoreCase) ? 0 : 1)];
    }
}
