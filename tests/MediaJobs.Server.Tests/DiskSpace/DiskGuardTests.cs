using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// Issue 16, disk guard: with less free space than <c>MediaJobs:DiskSpace:MinFreeBytes</c> (100 MiB by default, as
/// the probe reports it) a queued job waits, saying why, and starts by itself once space is back; a running job fails
/// with <c>DiskFull</c>, its temp files gone (<see cref="DiskGuardRenderTests"/>, with a real render).
/// </summary>
[Trait("Tier", "Fast")]
public sealed class DiskGuardTests : IDisposable
{
    private const long Plenty = SwitchableFreeSpace.Plenty;
    private const long Little = SwitchableFreeSpace.Little;

    private readonly DiskGuardServer _server = new();
    private HttpClient Client => _server.Client;

    [Fact]
    public async Task LittleFreeSpace_AQueuedJobWaitsSayingWhy_ThenRunsOnceSpaceIsBack()
    {
        _server.Disk.Free = Little;

        var id = await Client.SubmitNoopAsync(1);
        var events = await Client.ReadJobEventsAsync(id, m => m.Type == "warning" && (string?)m.Data?["waiting"] == "disk");
        var job = await Client.GetJobAsync(id);
        var queue = await Client.GetJsonAsync("/api/queue");

        Assert.Equal("disk", (string?)events[^1].Data!["waiting"]);
        Assert.Equal("Queued", (string?)job["status"]);
        Assert.StartsWith("waiting: disk (20 MiB free under ", (string?)job["message"], StringComparison.Ordinal);
        Assert.StartsWith("disk: 20 MiB free", (string?)queue["waiting"]!["noop"], StringComparison.Ordinal);
        Assert.DoesNotContain(events, m => m.Type == "job-status" && m.Status == "Running");

        _server.Disk.Free = Plenty;

        Assert.Equal("Succeeded", (string?)(await Client.WaitForFinalAsync(id))["status"]);
        Assert.Empty((await Client.GetJsonAsync("/api/queue"))["waiting"]!.AsObject());
    }

    public void Dispose() => _server.Dispose();
}
