using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// Issue 16, disk guard, with a real ffmpeg render (so in the Media tier): the disk fills while it runs, it fails with
/// <c>DiskFull</c>, its temp folder is gone, and a restart finds the store intact.
/// </summary>
[Trait("Tier", "Media")]
public sealed class DiskGuardRenderTests : IDisposable
{
    private const long Plenty = SwitchableFreeSpace.Plenty;
    private const long Little = SwitchableFreeSpace.Little;

    private readonly DiskGuardServer _server = new();
    private HttpClient Client => _server.Client;

    [Fact]
    public async Task DiskFillsWhileARenderRuns_ItFailsWithDiskFull_NoTempIsLeft_AndTheStoreIsIntactAfterARestart()
    {
        _server.Disk.Free = Plenty;
        var id = await Client.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":600,"realtime":true}}""");
        await Client.WaitForRunningAsync(id);
        var work = Path.Combine(_server.Factory.DataDirectory, "jobs", id, "work");

        _server.Disk.Free = Little;
        var job = await Client.WaitForFinalAsync(id);
        var other = await Client.SubmitNoopAsync(1);
        var ready = await Client.GetJsonAsync("/readyz");

        Assert.Equal("Failed", (string?)job["status"]);
        var error = job["errors"]!.AsArray()[^1]!;
        Assert.Equal("DiskFull", (string?)error["code"]);
        Assert.Contains("Stopped before the disk filled up", (string?)error["message"], StringComparison.Ordinal);
        Assert.False(Directory.Exists(work), "the render's temp folder is gone");
        Assert.Equal("Degraded", (string?)ready["status"]);

        // The server stays up through it, and a restart finds every job as it was.
        _server.Stop();
        using var restarted = new MediaJobsServerFactory(_server.Factory.DataDirectory, new Dictionary<string, string?> { ["MediaJobs:DiskSpace:MinFreeBytes"] = "0" });
        using var client = restarted.CreateClient();
        Assert.Equal("DiskFull", (string?)(await client.GetJobAsync(id))["errors"]!.AsArray()[^1]!["code"]);
        Assert.Equal("Succeeded", (string?)(await client.WaitForFinalAsync(other))["status"]);
    }

    public void Dispose() => _server.Dispose();
}
