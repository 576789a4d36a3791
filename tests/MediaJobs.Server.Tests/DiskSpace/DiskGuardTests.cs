using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// Issue 16, disk guard: with less free space than <c>MediaJobs:DiskSpace:MinFreeBytes</c> (100 MiB by default, as
/// the probe reports it) a queued job waits, saying why, and starts by itself once space is back; a running job fails
/// with <c>DiskFull</c>, its temp files gone.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class DiskGuardTests : IDisposable
{
    private const long Plenty = 50L * 1024 * 1024 * 1024;
    private const long Little = 20L * 1024 * 1024;

    private readonly MediaJobsServerFactory _factory = new();
    private readonly SwitchableProbe _probe = new();
    private readonly WebApplicationFactory<Program> _app;
    private readonly HttpClient _client;

    public DiskGuardTests()
    {
        _app = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFreeSpaceProbe>(_probe)));
        _client = _app.CreateClient();
    }

    [Fact]
    public async Task LittleFreeSpace_AQueuedJobWaitsSayingWhy_ThenRunsOnceSpaceIsBack()
    {
        _probe.Free = Little;

        var id = await _client.SubmitNoopAsync(1);
        var events = await _client.ReadJobEventsAsync(id, m => m.Type == "warning" && (string?)m.Data?["waiting"] == "disk");
        var job = await _client.GetJobAsync(id);
        var queue = await _client.GetJsonAsync("/api/queue");

        Assert.Equal("disk", (string?)events[^1].Data!["waiting"]);
        Assert.Equal("Queued", (string?)job["status"]);
        Assert.StartsWith("waiting: disk (20 MiB free under ", (string?)job["message"], StringComparison.Ordinal);
        Assert.StartsWith("disk: 20 MiB free", (string?)queue["waiting"]!["noop"], StringComparison.Ordinal);
        Assert.DoesNotContain(events, m => m.Type == "job-status" && m.Status == "Running");

        _probe.Free = Plenty;

        Assert.Equal("Succeeded", (string?)(await _client.WaitForFinalAsync(id))["status"]);
        Assert.Empty((await _client.GetJsonAsync("/api/queue"))["waiting"]!.AsObject());
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

    private sealed class SwitchableProbe : IFreeSpaceProbe
    {
        public long Free { get; set; } = Plenty;

        public long? AvailableBytes(string directory) => Free;
    }
}
