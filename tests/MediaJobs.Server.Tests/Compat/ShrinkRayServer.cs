using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>The server with a temp media root holding a tiny lossless H.264 MP4 (so HEVC is smaller). One per test class.</summary>
public class ShrinkRayServer : IAsyncLifetime, IDisposable
{
    private readonly IReadOnlyDictionary<string, string?> _extra;

    public ShrinkRayServer()
        : this(new Dictionary<string, string?>())
    {
    }

    protected ShrinkRayServer(IReadOnlyDictionary<string, string?> extra) => _extra = extra;

    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-shrinkray-" + Guid.NewGuid().ToString("N"));

    public string Source => Path.Combine(MediaRoot, ".sources", "source.mp4");

    public MediaJobsServerFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Source)!);
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>(_extra) { ["MediaJobs:MediaRoots:0"] = MediaRoot });
        var (code, output) = await ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=1",
            "-c:v", "libx264", "-preset", "ultrafast", "-crf", "0", "-pix_fmt", "yuv420p", "-y", Source);
        Assert.True(code == 0, output);
    }

    /// <summary>A fresh copy of the source in its own folder (a transcode replaces its file in place).</summary>
    public string CopySource(string name)
    {
        var folder = Path.Combine(MediaRoot, name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "movie.mp4");
        File.Copy(Source, path, overwrite: true);
        return path;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(MediaRoot, recursive: true);
        GC.SuppressFinalize(this);
    }
}

/// <summary>The same, with API keys: alice, bob, and root (admin).</summary>
public sealed class ShrinkRayKeysServer() : ShrinkRayServer(new Dictionary<string, string?>
{
    ["MediaJobs:Auth:Keys:0:Id"] = "alice",
    ["MediaJobs:Auth:Keys:0:Key"] = AliceKey,
    ["MediaJobs:Auth:Keys:1:Id"] = "bob",
    ["MediaJobs:Auth:Keys:1:Key"] = BobKey,
    ["MediaJobs:Auth:Keys:2:Id"] = "root",
    ["MediaJobs:Auth:Keys:2:Key"] = RootKey,
    ["MediaJobs:Auth:Keys:2:Admin"] = "true",
})
{
    public const string AliceKey = "key-alice-0123456789";
    public const string BobKey = "key-bob-0123456789";
    public const string RootKey = "key-root-0123456789";

    public HttpClient Client(string? key)
    {
        var client = Factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }
        return client;
    }
}
