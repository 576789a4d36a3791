using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

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

    private readonly MediaJobsServerFactory _factory = new();
    private readonly SwitchableFreeSpace _probe = new();
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

    public void Dispose()
    {
        _client.Dispose();
        _app.Dispose();
        _factory.Dispose();
    }
}
