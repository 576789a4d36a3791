using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

[Trait("Tier", "EndToEnd")]
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Kill9_DuringMultiStepJob_RestartFinishesItWithoutRerunningSucceededSteps()
    {
        await using var server = new RealServer();
        await server.StartAsync();
        var jobId = await server.SubmitRenderAsync(seconds: 4);
        var beforeCrash = await server.Client.ReadJobEventsAsync(jobId, m => m.Type == "step-progress" && (string?)m.Data?["step"] == "render");
        var orphan = FfmpegProcesses.Single(pid => FfmpegProcesses.CommandLineOf(pid).Contains(jobId, StringComparison.Ordinal));

        await server.Process.KillAsync();
        await server.StartAsync();
        var afterRestart = await server.Client.ReadJobEventsAsync(jobId);
        var job = await server.Client.GetJobAsync(jobId);

        Assert.Equal("Succeeded", (string?)job["status"]);
        var events = afterRestart.Where(m => m.Id is not null).ToList();
        var ids = events.Select(m => m.Id!.Value).ToList();
        Assert.Equal(ids.Order().Distinct(), ids);
        Assert.Equal(beforeCrash.Where(m => m.Id is not null).Select(m => m.Id), ids.Take(beforeCrash.Count(m => m.Id is not null)).Cast<long?>());
        int Starts(string step) => events.Count(m => m.Type == "step-status" && m.Status == "Running" && (string?)m.Data?["step"] == step);
        Assert.Equal(1, Starts("preflight"));
        Assert.Equal(2, Starts("render"));
        Assert.Equal(1, Starts("verify"));
        Assert.Equal("job-completed", events[^1].Type);
        var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync((string)job["output"]!["path"]!);
        Assert.Equal("h264", probe.PrimaryVideo?.CodecName);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 3.8, 4.3);
        Assert.False(Directory.Exists(server.WorkDirectory(jobId)));
        Assert.False(ProcessTree.IsAlive(orphan), "the crashed server's ffmpeg still runs");
    }
}
