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
    public async Task DiskFillsWhileAJobRuns_ItFailsWithDiskFull_AndItsTempFilesAreGone()
    {
        _probe.Free = Plenty;
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(id);
        var work = Directory.CreateDirectory(Path.Combine(_factory.DataDirectory, "jobs", id, "work")).FullName;
        await File.WriteAllTextAsync(Path.Combine(work, "partial.tmp"), "half an encode");

        _probe.Free = Little;
        var job = await _client.WaitForFinalAsync(id);

        Assert.Equal("Failed", (string?)job["status"]);
        var error = job["errors"]!.AsArray()[^1]!;
        Assert.Equal("DiskFull", (string?)error["code"]);
        Assert.Contains("Stopped before the disk filled up", (string?)error["message"], StringComparison.Ordinal);
        Assert.False(Directory.Exists(work));
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
