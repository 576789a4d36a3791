using System.Text.Json.Nodes;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A segmented transcode survives a SIGKILL of its server: after the restart only the segments not committed are
/// encoded again, and the replaced file holds every frame of the source.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class SegmentedTranscodeCrashTests : MediaServerProcessTest
{
    private const string Node = "e2e-segments-node";
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    [Fact]
    public async Task Kill9_After3SegmentsCommitted_RestartEncodesOnlyTheRestAndKeepsEveryFrame()
    {
        var source = Path.Combine(MediaFolder, "movie.mkv");
        await new FfmpegRunner(Tools, Runner).RunAsync(["-v", "error", "-f", "lavfi", "-i", "testsrc2=s=160x90:r=25:d=60", "-f", "lavfi", "-i", "sine=f=440:d=60",
            "-c:v", "libx264", "-preset", "ultrafast", "-qp", "0", "-g", "50", "-keyint_min", "50", "-sc_threshold", "0", "-c:a", "aac", "-shortest", source]);
        var sourceFrames = await FramesAsync(source);
        var sourceSeconds = (await Probe(source)).Duration!.Value.TotalSeconds;
        await StartAsync();
        var jobId = await Server!.Client.SubmitAsync(new JsonObject
        {
            ["type"] = "transcode",
            ["preset"] = "compress-hevc",
            ["inputs"] = new JsonObject { ["path"] = source },
            ["options"] = new JsonObject { ["segmentSeconds"] = 10 },
        }.ToJsonString());

        var children = await SegmentJobEvents.WaitForChildrenAsync(Server.Client, jobId, TimeSpan.FromSeconds(180));
        Assert.Equal(6, children.Count);
        await Server.Client.ReadJobEventsAsync((string)children[2]["jobId"]!, m => (string?)m.Data?["message"] == $"Segment 2 committed on {Node}.", timeout: TimeSpan.FromSeconds(180));
        var committedBefore = (await SegmentJobEvents.ReadAsync(Server.Client, jobId)).Where(e => e.IsCommit).Select(e => e.Index).ToList();
        await Server.KillAsync();
        await Server.DisposeAsync();
        await StartAsync();
        await Server.Client.ReadJobEventsAsync(jobId, timeout: TimeSpan.FromSeconds(180));
        var job = await Server.Client.GetJobAsync(jobId);

        Assert.Equal("Succeeded", (string?)job["status"]);
        // The encoder ran once for each segment committed before the kill, at most twice for the one the kill cut short.
        var events = await SegmentJobEvents.ReadAsync(Server.Client, jobId);
        Assert.InRange(committedBefore.Count, 3, 5);
        Assert.All(committedBefore, i => Assert.Single(events, e => e.IsStart && e.Index == i));
        Assert.InRange(events.Count(e => e.IsStart), 6, 7);
        Assert.Equal([0, 1, 2, 3, 4, 5], events.Where(e => e.IsCommit).Select(e => e.Index).Order());
        Assert.Equal(6, (await SegmentJobEvents.ChildrenAsync(Server.Client, jobId)).Count);
        var output = await Probe(source);
        Assert.Equal("hevc", output.PrimaryVideo?.CodecName);
        Assert.Single(output.Streams, s => s.IsAudio);
        Assert.Equal(sourceFrames, await FramesAsync(source));
        Assert.Equal(sourceSeconds, output.Duration!.Value.TotalSeconds, 0.05);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(MediaFolder), f => Path.GetFileName(f).Contains(".mediajobs-tmp.", StringComparison.Ordinal));
    }

    private static Task<MediaProbe> Probe(string path) => new FfprobeClient(Tools, Runner).ProbeAsync(path);

    private static async Task<int> FramesAsync(string path) =>
        (await new KeyframeProbe(Tools, Runner).ListAsync(path, (await Probe(path)).PrimaryVideo!.Index, null, CancellationToken.None)).Count;

    private async Task StartAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll");
        Server = await ServerProcess.StartAsync(dll, DataFolder, new Dictionary<string, string>
        {
            ["MediaJobs:Engine:NodeName"] = Node,
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
            ["MediaJobs:Engine:ProgressInterval"] = "00:00:00.100",
            ["MediaJobs:MediaRoots:0"] = MediaFolder,
            ["MediaJobs:Transcode:X265Preset"] = "fast",
            ["MediaJobs:Transcode:DetectHardware"] = "false",
        });
    }
}
