using System.Text.Json.Nodes;

namespace MediaJobs.Cli.Tests;

[Trait("Tier", "EndToEnd")]
public sealed class CliCommandsTests(ServerFixture fixture) : IClassFixture<ServerFixture>
{
    private string[] Args(params string[] args) => [.. args, "--server", fixture.Url];

    [Fact]
    public async Task SubmitWatch_RealJob_PrintsStepEventsAndExitsZero()
    {
        var run = await CliRun.RunAsync(Args("submit", "-t", "diagnostics", "-p", "test-pattern", "-i", "durationSec=1", "-i", "width=160", "-i", "height=120", "--watch"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("step-status    render Succeeded", run.Output);
        Assert.Contains("job-completed", run.Output);
        Assert.Contains("test-pattern.mp4", run.Output);
    }

    [Fact]
    public async Task SubmitJson_ThenGetAndList_ShowTheSameJob()
    {
        var submitted = await CliRun.RunAsync(Args("submit", "-t", "noop", "-i", "steps=2", "--json"));
        var id = JsonNode.Parse(submitted.Output)!["jobId"]!.GetValue<string>();

        var watched = await CliRun.RunAsync(Args("watch", id, "--json"));
        var list = await CliRun.RunAsync(Args("list", "--type", "noop", "--json"));

        Assert.Equal(0, submitted.ExitCode);
        Assert.Equal("Succeeded", JsonNode.Parse(watched.Output)!["status"]!.GetValue<string>());
        Assert.Contains(JsonNode.Parse(list.Output)!["items"]!.AsArray(), j => j!["jobId"]!.GetValue<string>() == id);
    }

    [Fact]
    public async Task Submit_InputTheServerRejects_PrintsTheProblemAndExitsOne()
    {
        var run = await CliRun.RunAsync(Args("submit", "-t", "noop", "-i", "steps=99"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("400", run.Error);
        Assert.Contains("inputs.steps", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
    }

    [Fact]
    public async Task Get_UnknownJob_SaysNotFoundAndExitsOne()
    {
        var run = await CliRun.RunAsync(Args("get", "../../etc/passwd"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("404", run.Error);
    }

    [Fact]
    public async Task CancelThenWatch_RunningJob_EndsCancelledAndExitsOne()
    {
        var submitted = await CliRun.RunAsync(Args("submit", "-t", "diagnostics", "-p", "test-pattern", "-i", "durationSec=600", "-i", "realtime=true", "--json"));
        var id = JsonNode.Parse(submitted.Output)!["jobId"]!.GetValue<string>();

        var cancel = await CliRun.RunAsync(Args("cancel", id));
        var watch = await CliRun.RunAsync(Args("watch", id));

        Assert.Equal(0, cancel.ExitCode);
        Assert.Matches("Job cancelled|Job cancellation requested", cancel.Output); // answered once stopped, or says it is still stopping
        Assert.Equal(1, watch.ExitCode);
        Assert.Contains("Cancelled", watch.Output);
    }

    [Fact]
    public async Task QueuePauseAndResume_ChangeWhatStatusReports()
    {
        var paused = await CliRun.RunAsync(Args("queue", "pause"));
        var status = await CliRun.RunAsync(Args("queue", "status", "--json"));
        var resumed = await CliRun.RunAsync(Args("queue", "resume"));

        Assert.Contains("paused", paused.Output);
        Assert.True(JsonNode.Parse(status.Output)!["paused"]!.GetValue<bool>());
        Assert.Contains("running", resumed.Output);
    }

    [Fact]
    public async Task Stats_ListsCountsAndBytesSaved()
    {
        var run = await CliRun.RunAsync(Args("stats"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("bytesSaved lifetime", run.Output);
    }

    [Fact]
    public async Task Nodes_ListsThisServerAsLiveWithItsJobTypes()
    {
        var table = await CliRun.RunAsync(Args("nodes"));
        var json = await CliRun.RunAsync(Args("nodes", "--json"));

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("live", table.Output);
        Assert.Contains("noop×32", table.Output);
        var node = Assert.Single(JsonNode.Parse(json.Output)!["nodes"]!.AsArray())!;
        Assert.True(node["live"]!.GetValue<bool>());
        Assert.Equal(0, node["runningJobs"]!.GetValue<int>());
        Assert.Matches(@"live\s*│\s*0\s*│", table.Output);
    }
}
