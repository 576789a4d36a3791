using System.Collections.Concurrent;
using System.Globalization;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The generated clips pre-rendered once per output size, at the exact cover size the mux's pan crops from
/// (<see cref="MuxFilterGraph.CoverSize"/>), under <c>&lt;assets&gt;/sized/&lt;W&gt;x&lt;H&gt;/</c>. The mux's scale then has
/// nothing to do (same size in and out: ffmpeg passes the frames through), so a job scales nothing at all: upscaling
/// 640×360 clips to 1080p in every job cost more than the rest of its filter graph.
/// </summary>
public static class SizedClips
{
    public const string FolderName = "sized";

    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Locks = new(StringComparer.Ordinal);

    /// <summary>The catalog with its clips replaced by their versions at the cover size of <paramref name="width"/>×<paramref name="height"/>.</summary>
    public static async Task<VideoAssetCatalog> EnsureAsync(VideoAssetCatalog library, string assetsDirectory, int width, int height, FfmpegRunner ffmpeg, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(library);
        ArgumentNullException.ThrowIfNull(ffmpeg);
        var (coverWidth, coverHeight) = MuxFilterGraph.CoverSize(width, height);
        var folder = Path.Combine(Path.GetFullPath(assetsDirectory), FolderName, string.Create(CultureInfo.InvariantCulture, $"{coverWidth}x{coverHeight}"));
        Directory.CreateDirectory(folder);
        var gate = Locks.GetOrAdd(folder, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var clips = new List<VideoAsset>();
            foreach (var clip in library.Clips)
            {
                var sized = Path.Combine(folder, Path.GetFileName(clip.Path));
                if (!File.Exists(sized))
                {
                    var temp = Path.Combine(folder, $".{Guid.NewGuid():N}-{Path.GetFileName(clip.Path)}");
                    try
                    {
                        await ffmpeg.RunAsync(Args(clip.Path, coverWidth, coverHeight, temp), new FfmpegRunOptions(), ct);
                        File.Move(temp, sized, overwrite: true);
                    }
                    finally
                    {
                        File.Delete(temp);
                    }
                }
                clips.Add(clip with { Path = sized });
            }
            return library with { Clips = clips };
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Scale to cover and centre-crop to exactly <paramref name="width"/>×<paramref name="height"/>; x264 ultrafast decodes cheaply.</summary>
    public static IReadOnlyList<string> Args(string clip, int width, int height, string output)
    {
        var size = string.Create(CultureInfo.InvariantCulture, $"{width}:{height}");
        return ["-i", clip, "-vf", $"scale={size}:force_original_aspect_ratio=increase:flags=lanczos,crop={size},setsar=1,format=yuv420p", "-an",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "16", "-g", "25", "-movflags", "+faststart", "-f", "mp4", output];
    }
}
