using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Storage.Sqlite;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

[Trait("Tier", "EndToEnd")]
public sealed class TranscodeCrashTests : MediaServerProcessTest
{
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    [Fact]
    public async Task Kill9_DuringEncode_AfterRestartOriginalOrVerifiedReplacementAndNoTempFile()
    {
        var (source, originalHash, jobId, orphan) = await StartEncodingAsync();
        Assert.Single(TempFiles());

        await Server!.KillAsync();
        await Server.DisposeAsync();
        await StartAsync();
        var job = await WaitForFinalAsync(jobId, TimeSpan.FromSeconds(180));

        Assert.Equal("Succeeded", (string?)job["status"]);
        Assert.Empty(TempFiles());
        Assert.False(ProcessTree.IsAlive(orphan), "the crashed server's ffmpeg still runs");
        var probe = await new FfprobeClient(Tools, Runner).ProbeAsync(source);
        if (Hash(source) != originalHash)
        {
            Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
            Assert.InRange(probe.Duration!.Value.TotalSeconds, 19, 21);
            Assert.Equal(new FileInfo(source).Length, (long?)job["results"]?["output_size"]);
        }
        var stats = await Server.Client.GetJsonAsync("/api/stats");
        Assert.Equal((long?)job["results"]?["input_size"] - new FileInfo(source).Length, FindLong(stats["counters"]!["bytesSaved"]!.AsObject(), "lifetime"));
    }

    [Fact]
    public async Task Kill9_DuringEncode_ThenCancelRecoveredQueuedJob_TempRemovedAndSourceByteIdentical()
    {
        var (source, originalHash, jobId, orphan) = await StartEncodingAsync();

        await Server!.KillAsync();
        await Server.DisposeAsync();
        Assert.Single(TempFiles());
        // Held in the queue after the restart, so the recovered job cannot run its encode again before the cancel.
        await PauseQueueOfStoppedServerAsync();
        await StartAsync();
        await Server.Client.ReadJobEventsAsync(jobId, m => m.Type == "job-status" && m.Status == "Queued"
            && ((string?)m.Data?["message"])?.StartsWith("Recovered", StringComparison.Ordinal) == true);
        Assert.Single(TempFiles());

        using var cancel = await Server.Client.PostAsync($"/api/jobs/{jobId}/cancel", null);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", (string?)(await cancel.ReadJsonAsync())["currentStatus"]);
        Assert.Empty(TempFiles());
        Assert.Equal(originalHash, Hash(source));
        Assert.Equal("Cancelled", (string?)(await Server.Client.GetJobAsync(jobId))["status"]);
        Assert.False(ProcessTree.IsAlive(orphan), "the crashed server's ffmpeg still runs");
    }

    /// <summary>A 20 s lossless source, the server, and a compress-hevc job caught in its encode step (with its ffmpeg's pid).</summary>
    private async Task<(string Source, string OriginalHash, string JobId, int Ffmpeg)> StartEncodingAsync()
    {
        var source = Path.Combine(MediaFolder, "movie.mp4");
        await new FfmpegRunner(Tools, Runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=20",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", source]);
        var originalHash = Hash(source);
        await StartAsync();
        var jobId = await Server!.Client.SubmitAsync(new JsonObject
        {
            ["type"] = "transcode",
            ["preset"] = "compress-hevc",
            ["inputs"] = new JsonObject { ["path"] = source },
        }.ToJsonString());
        await Server.Client.ReadJobEventsAsync(jobId, m => m.Type == "step-progress" && (string?)m.Data?["step"] == "encode");
        var ffmpeg = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(jobId, StringComparison.Ordinal));
        return (source, originalHash, jobId, ffmpeg);
    }

    /// <summary>Sets the persisted queue pause in the database of a server that is not running.</summary>
    private async Task PauseQueueOfStoppedServerAsync()
    {
        await using var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(DataFolder, "mediajobs.db") }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        await store.SetSettingAsync(Settings.QueuePaused, "true", CancellationToken.None);
    }

    private static long? FindLong(JsonObject o, params string[] names) =>
        names.Select(n => o[n]).FirstOrDefault(n => n is not null) is { } v ? (long)v : null;

    private async Task StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");
        Server = await ServerProcess.StartAsync(dll, DataFolder, new Dictionary<string, string>
        {
            ["MediaJobs:Engine:NodeName"] = "e2e-transcode-node",
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
            ["MediaJobs:MediaRoots:0"] = MediaFolder,
            ["MediaJobs:Transcode:X265Preset"] = "fast",
            ["MediaJobs:Transcode:DetectHardware"] = "false",
        });
    }

    /// <summary>Reads the job's SSE stream until it ends (after the terminal event), under a long timeout.</summary>
    private async Task<JsonObject> WaitForFinalAsync(string jobId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var response = await Server!.Client.OpenSseAsync($"/api/jobs/{jobId}/events", ct: cts.Token);
        await foreach (var _ in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
        }
        return await Server.Client.GetJobAsync(jobId);
    }

    private IEnumerable<string> TempFiles() => Directory.EnumerateFiles(MediaFolder, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetFileName(f).Contains(".mediajobs-tmp.", StringComparison.Ordinal));

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
