using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    private readonly MediaJobsServerFactory _factory = new();
    private readonly SwitchableFreeSpace _probe = new();
    private readonly WebApplicationFactory<Program> _app;
    private readonly HttpClient _client;

    public DiskGuardRenderTests()
    {
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFreeSpaceProbe>(_probe)));
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task DiskFillsWhileARenderRuns_ItFailsWithDiskFull_NoTempIsLeft_AndTheStoreIsIntactAfterARestart()
    {
        _probe.Free = Plenty;
        var id = await _client.SubmitAsync("""{"type":"diagnostics","preset":"test-pattern","inputs":{"durationSec":600,"realtime":true}}""");
        await _client.WaitForRunningAsync(id);
        var work = Path.Combine(_factory.DataDirectory, "jobs", id, "work");

        _probe.Free = Little;
        var job = await _client.WaitForFinalAsync(id);
        var other = await _client.SubmitNoopAsync(1);
        var ready = await _client.GetJsonAsync("/readyz");

        Assert.Equal("Failed", (string?)job["status"]);
        var error = job["errors"]!.AsArray()[^1]!;
        Assert.Equal("DiskFull", (string?)error["code"]);
        Assert.Contains("Stopped before the disk filled up", (string?)error["message"], StringComparison.Ordinal);
        Assert.False(Directory.Exists(work), "the render's temp folder is gone");
        Assert.Equal("Degraded", (string?)ready["status"]);

        // The server stays up through it, and a restart finds every job as it was.
        _client.Dispose();
        _app.Dispose();
        using var restarted = new MediaJobsServerFactory(_factory.DataDirectory, new Dictionary<string, string?> { ["MediaJobs:DiskSpace:MinFreeBytes"] = "0" });
        using var client = restarted.CreateClient();
        Assert.Equal("DiskFull", (string?)(await client.GetJobAsync(id))["errors"]!.AsArray()[^1]!["code"]);
        Assert.Equal("Succeeded", (string?)(await client.WaitForFinalAsync(other))["status"]);
    }

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _factory.Dispose();
    }
}
