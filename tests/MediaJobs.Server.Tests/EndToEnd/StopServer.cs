using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Compat;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A real server process with a media root holding a 20 s 640x360 clip (long enough that its HEVC encode is still
/// running when a test stops it) and a one-page scanned PDF (OCR takes seconds).
/// </summary>
public sealed class StopServer : IAsyncLifetime
{
    private ServerProcess? _process;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-stop-" + Guid.NewGuid().ToString("N"));

    public string MediaRoot => Path.Combine(DataDirectory, "media");

    public HttpClient Client => _process!.Client;

    public string Clip => Path.Combine(MediaRoot, ".sources", "clip.mp4");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Clip)!);
        var (code, output) = await ShrinkRayCompatTests.RunAsync("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "testsrc2=s=640x360:r=25:d=20",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-y", Clip);
        Assert.True(code == 0, output);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "scanned.pdf"), Path.Combine(MediaRoot, "scanned.pdf"));
        _process = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), DataDirectory, new Dictionary<string, string>
        {
            ["MediaJobs:MediaRoots:0"] = MediaRoot,
            ["MediaJobs:Engine:NodeName"] = "stop-node",
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
            ["MediaJobs:Http:SseHeartbeatSeconds"] = "0.2",
        });
    }

    /// <summary>A fresh copy of the clip (a finished transcode replaces its file).</summary>
    public string CopyClip()
    {
        var path = Path.Combine(MediaRoot, Guid.NewGuid().ToString("N"), "clip.mp4");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(Clip, path);
        return path;
    }

    public Task<string> SubmitAsync(JsonObject submission) => Client.SubmitAsync(submission.ToJsonString());

    /// <summary>
    /// Follows the job's events (and the stream's heartbeats) until one of <paramref name="tools"/> runs with the job id
    /// in its command line; returns its process id.
    /// </summary>
    public async Task<int> WaitForToolAsync(string jobId, params string[] tools)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(180));
        using var stream = await Client.OpenSseAsync($"/api/jobs/{jobId}/events", ct: cts.Token);
        await foreach (var message in SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            if (ToolProcesses.Find(jobId, tools) is [var pid, ..])
            {
                return pid;
            }
            Assert.False(message.Type == "job-status" && message.Status is "Succeeded" or "Failed" or "Cancelled", $"the job ended before {string.Join("/", tools)} was seen");
        }
        throw new InvalidOperationException("the event stream ended");
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            await _process.DisposeAsync();
        }
        foreach (var pid in ToolProcesses.Find(DataDirectory, "ffmpeg", "tesseract", "pdftoppm"))
        {
            System.Diagnostics.Process.GetProcessById(pid).Kill();
        }
        Directory.Delete(DataDirectory, recursive: true);
    }
}
