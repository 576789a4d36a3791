using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Video;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// One server for every surface: a temp media root holding the text PDF fixture (and the clips the
/// transcode case makes), and the offline b-roll library already in its data folder.
/// </summary>
public sealed class CrossSurfaceServer : IAsyncLifetime
{
    /// <summary>Rendered once per machine and copied in, so a video job renders its video, not the library.</summary>
    private static readonly string SharedAssets = Path.Combine(Path.GetTempPath(), "mediajobs-tests-video-assets");

    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-cross-surface-" + Guid.NewGuid().ToString("N"));

    public string Pdf => Path.Combine(MediaRoot, "text.pdf");

    public MediaJobsServerFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"), Pdf);
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:MediaRoots:0"] = MediaRoot });
        var tools = new ToolLocator();
        var library = await VideoAssetLibrary.EnsureAsync(SharedAssets, new FfmpegRunner(tools, new ProcessRunner()), CancellationToken.None);
        var assets = Path.Combine(Factory.DataDirectory, "assets", "video");
        Directory.CreateDirectory(assets);
        // Only the library's own files: another test process may be rendering a temp file beside them.
        foreach (var asset in library.Clips.Concat(library.Music))
        {
            File.Copy(asset.Path, Path.Combine(assets, Path.GetFileName(asset.Path)));
        }
    }

    /// <summary>A 2 s 160x120 lossless H.264 clip in its own folder (lossless, so HEVC comes out smaller and is kept).</summary>
    public async Task<string> NewClipAsync(string name)
    {
        var folder = Path.Combine(MediaRoot, name);
        Directory.CreateDirectory(folder);
        var clip = Path.Combine(folder, "clip.mp4");
        var (code, output) = await ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "0", "-pix_fmt", "yuv420p", "-y", clip);
        Assert.True(code == 0, output);
        return clip;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(MediaRoot, recursive: true);
    }
}
