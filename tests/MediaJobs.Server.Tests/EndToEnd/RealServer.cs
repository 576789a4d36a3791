using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>A real server process over a temp data folder that survives the process (for restarts).</summary>
public sealed class RealServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> FastEngine = new()
    {
        ["MediaJobs:Engine:NodeName"] = "e2e-node",
        ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
        ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
        ["MediaJobs:Http:SseHeartbeatSeconds"] = "1",
    };

    private ServerProcess? _process;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-e2e-" + Guid.NewGuid().ToString("N"));

    public ServerProcess Process => _process ?? throw new InvalidOperationException("not started");

    public HttpClient Client => Process.Client;

    public async Task StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");
        _process = await ServerProcess.StartAsync(dll, DataDirectory, FastEngine);
    }

    /// <summary>Submits a diagnostics test-pattern render that lasts about <paramref name="seconds"/> (real time).</summary>
    public Task<string> SubmitRenderAsync(double seconds) => Client.SubmitAsync(new JsonObject
    {
        ["type"] = "diagnostics",
        ["preset"] = "test-pattern",
        ["inputs"] = new JsonObject { ["durationSec"] = seconds, ["width"] = 160, ["height"] = 120, ["fps"] = 10, ["realtime"] = true },
    }.ToJsonString());

    public string WorkDirectory(string jobId) => Path.Combine(DataDirectory, "jobs", jobId, "work");

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        foreach (var pid in FfmpegProcesses.Where(cmd => cmd.Contains(DataDirectory, StringComparison.Ordinal)))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
        Directory.Delete(DataDirectory, recursive: true);
    }
}
