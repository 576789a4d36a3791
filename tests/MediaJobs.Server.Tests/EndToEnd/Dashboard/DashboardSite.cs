using MediaJobs.Testing;
using Microsoft.Playwright;

namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>
/// The real server process serving the built dashboard (web/dist, made by scripts/setup), with a media root,
/// and headless Chromium: one of each per test class.
/// </summary>
public class DashboardSite : IAsyncLifetime
{
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    private readonly Dictionary<string, string> _extra;
    private ServerProcess? _server;
    private HeadlessChromium? _chromium;

    public DashboardSite()
        : this([])
    {
    }

    protected DashboardSite(Dictionary<string, string> extra) => _extra = extra;

    public string Root { get; } = Directory.CreateTempSubdirectory("mediajobs-dashboard-").FullName;

    public string DataDirectory => Path.Combine(Root, "data");

    public string MediaRoot => Path.Combine(Root, "media");

    public ServerProcess Server => _server ?? throw new InvalidOperationException("not started");

    public HttpClient Api => Server.Client;

    public string Url(string path) => new Uri(Server.BaseAddress, path).ToString();

    /// <summary>The repository's web/dist; the browser tests need it built (scripts/setup or scripts/build-web).</summary>
    public static string DistFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MediaJobs.slnx")))
            {
                var dist = Path.Combine(dir.FullName, "web", "dist");
                return File.Exists(Path.Combine(dist, "index.html"))
                    ? dist
                    : throw new InvalidOperationException($"{dist}/index.html is missing: run scripts/setup (or scripts/build-web) to build the dashboard.");
            }
        }
        throw new InvalidOperationException("The repository root (MediaJobs.slnx) was not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The repository's docs/screenshots folder, where the tests keep the README's pictures true.</summary>
    public static string ScreenshotFolder() => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(DistFolder()))!, "docs", "screenshots");

    public virtual async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        var settings = new Dictionary<string, string>
        {
            ["MediaJobs:Dashboard:Path"] = DistFolder(),
            ["MediaJobs:MediaRoots:0"] = MediaRoot,
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
            ["MediaJobs:Http:SseHeartbeatSeconds"] = "1",
        };
        foreach (var (key, value) in _extra)
        {
            settings[key] = value;
        }
        _server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), DataDirectory, settings);
        _chromium = await HeadlessChromium.StartAsync();
    }

    /// <summary>A fresh tab, 1280×800, that fails the test's waits after <see cref="Timeout"/>.</summary>
    public async Task<IPage> NewPageAsync()
    {
        var page = await (_chromium ?? throw new InvalidOperationException("not started")).NewPageAsync();
        await page.SetViewportSizeAsync(1280, 800);
        page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder());
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder(), name + ".png") });
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
        Directory.Delete(Root, recursive: true);
    }
}
