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

/// <summary>
/// SIGKILL of the server during a transcode, one-piece or segmented (<c>options.segmentSeconds</c>: 2 segments of 10 s,
/// killed in a segment's encode or at the join): the original stays untouched until the verified replacement is in place.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class TranscodeCrashTests : MediaServerProcessTest
{
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public async Task Kill9_DuringEncode_AfterRestartOriginalOrVerifiedReplacementAndNoTempFile(bool segmented, bool atJoin)
    {
        var (source, originalHash, jobId, orphan, _) = await StartEncodingAsync(segmented, atJoin);
        if (!segmented)
        {
            Assert.Single(TempFiles());
        }

        await Server!.KillAsync();
        await Server.DisposeAsync();
        await StartAsync();
        var job = await WaitForFinalAsync(jobId, TimeSpan.FromSeconds(180));

        Assert.Equal("Succeeded", (string?)job["status"]);
        Assert.Empty(TempFiles());
        Assert.False(orphan is { } pid && ProcessTree.IsAlive(pid), "the crashed server's ffmpeg still runs");
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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Kill9_DuringEncode_ThenCancelRecoveredQueuedJob_TempRemovedAndSourceByteIdentical(bool segmented)
    {
        // The job whose run the crash cuts short: the transcode, or its segment job while the transcode waits queued.
        var (source, originalHash, jobId, orphan, encoding) = await StartEncodingAsync(segmented, atJoin: false);

        await Server!.KillAsync();
        await Server.DisposeAsync();
        Assert.NotEmpty(TempFiles());
        // Held in the queue after the restart, so the recovered job cannot run its encode again before the cancel.
        await PauseQueueOfStoppedServerAsync();
        await StartAsync();
        await Server.Client.ReadJobEventsAsync(encoding, m => m.Type == "job-status" && m.Status == "Queued"
            && ((string?)m.Data?["message"])?.StartsWith("Recovered", StringComparison.Ordinal) == true);
        Assert.NotEmpty(TempFiles());

        using var cancel = await Server.Client.PostAsync($"/api/jobs/{jobId}/cancel", null);

        Assert.Equal(System.Net.HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("Cancelled", (string?)(await cancel.ReadJsonAsync())["currentStatus"]);
        // A segmented job keeps only whole committed segments for a retry, in its segment folder; nothing else is left.
        Assert.DoesNotContain(TempFiles(), f => !IsCommittedSegment(f));
        Assert.Equal(originalHash, Hash(source));
        Assert.Equal("Cancelled", (string?)(await Server.Client.GetJobAsync(jobId))["status"]);
        Assert.False(orphan is { } pid && ProcessTree.IsAlive(pid), "the crashed server's ffmpeg still runs");
        using var delete = await Server.Client.DeleteAsync($"/api/jobs/{jobId}");
        Assert.Equal(System.Net.HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Empty(TempFiles());
        Assert.Equal(originalHash, Hash(source));
    }

    /// <summary>
    /// A 20 s lossless source (a keyframe a second), the server, and a compress-hevc job caught in its encode step (with
    /// its ffmpeg's pid), or for <paramref name="atJoin"/> as it starts joining its segments (its ffmpeg may be done).
    /// </summary>
    private async Task<(string Source, string OriginalHash, string JobId, int? Ffmpeg, string Encoding)> StartEncodingAsync(bool segmented, bool atJoin)
    {
        var source = Path.Combine(MediaFolder, "movie.mp4");
        await new FfmpegRunner(Tools, Runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x120:r=25:d=20",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-g", "25", source]);
        var originalHash = Hash(source);
        await StartAsync();
        var submission = new JsonObject
        {
            ["type"] = "transcode",
            ["preset"] = "compress-hevc",
            ["inputs"] = new JsonObject { ["path"] = source },
        };
        if (segmented)
        {
            submission["options"] = new JsonObject { ["segmentSeconds"] = 10 };
        }
        var jobId = await Server!.Client.SubmitAsync(submission.ToJsonString());
        if (atJoin)
        {
            await Server.Client.ReadJobEventsAsync(jobId, m => ((string?)m.Data?["message"])?.StartsWith("Joining ", StringComparison.Ordinal) == true,
                timeout: TimeSpan.FromSeconds(180));
            return (source, originalHash, jobId, FfmpegProcesses.Where(line => line.Contains(jobId, StringComparison.Ordinal)).Cast<int?>().FirstOrDefault(), jobId);
        }
        // Segmented: inside the first segment job's encode (segment jobs run one at a time, in order), its ffmpeg well
        // short of its end; the segment's ffmpeg writes under the parent's temp name, so its command line names the parent.
        var encoding = segmented ? await FirstSegmentJobAsync(jobId) : jobId;
        await Server.Client.ReadJobEventsAsync(encoding, m => m.Type == "step-progress" && (double?)m.Data?["progressPct"] is > 0 and < 80);
        // A tiny segment may be encoded by the time the event is read: then the kill lands between segments.
        var ffmpeg = FfmpegProcesses.Where(line => line.Contains(jobId, StringComparison.Ordinal)).Cast<int?>().FirstOrDefault();
        Assert.True(segmented || ffmpeg is not null, "the one-piece encode's ffmpeg was not running");
        return (source, originalHash, jobId, ffmpeg, encoding);
    }

    /// <summary>The segment job of the first segment, once the parent has submitted its segment jobs.</summary>
    private async Task<string> FirstSegmentJobAsync(string parentId)
    {
        await Server!.Client.ReadJobEventsAsync(parentId, m => ((string?)m.Data?["message"])?.EndsWith(" segment jobs submitted.", StringComparison.Ordinal) == true,
            timeout: TimeSpan.FromSeconds(60));
        var children = (await Server.Client.GetJsonAsync($"/api/jobs?batchId={parentId}&limit=50"))["items"]!.AsArray();
        return (string)children.Single(c => (int?)c!["inputs"]!["index"] == 0)!["id"]!;
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

    /// <summary>The temp file, and a segmented encode's folder and every file in it.</summary>
    private IEnumerable<string> TempFiles() => Directory.EnumerateFileSystemEntries(MediaFolder, "*", SearchOption.AllDirectories)
        .Where(f => Path.GetRelativePath(MediaFolder, f).Contains(".mediajobs-tmp.", StringComparison.Ordinal));

    /// <summary>The segment folder or a committed segment in it (<c>000003.mkv</c>).</summary>
    private static bool IsCommittedSegment(string path) => path.EndsWith(".segments", StringComparison.Ordinal)
        || (Path.GetFileName(path) is { Length: 10 } name && name.EndsWith(".mkv", StringComparison.Ordinal) && !name.Contains(".partial", StringComparison.Ordinal));

    private static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
}
