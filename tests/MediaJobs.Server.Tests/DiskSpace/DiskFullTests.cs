using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>
/// Issue 10, finding 6: with the disk full, writes answer 507 saying storage is full (each surface in its own shape),
/// nothing is stored, reads keep working, /readyz turns Degraded with the reason, and all of it clears once a write works.
/// </summary>
[Trait("Tier", "Fast")]
[Collection(nameof(FillableStore))]
public sealed class DiskFullTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>, IDisposable
{
    private readonly WebApplicationFactoryClient _server = new(factory);

    [Fact]
    public async Task DiskFull_WritesAre507_ReadsWork_ReadyzDegraded_ThenAllRecovers()
    {
        var client = _server.Client;
        var before = (int)(await client.GetJsonAsync("/api/jobs"))["total"]!;
        FillableStore.Full = true;

        using var submit = await client.PostJsonAsync("/api/jobs", """{"type":"noop"}""");
        using var batch = await client.PostJsonAsync("/api/jobs/batch", """{"jobs":[{"type":"noop"}]}""");
        using var pause = await client.PostAsync("/api/queue/pause", null);
        using var secretary = await client.PostJsonAsync("/compat/secretary/api/jobs/", """{"job_type":"transformer","parameters":{"text":"x"}}""");
        using var list = await client.GetAsync("/api/jobs");
        var ready = await client.GetJsonAsync("/readyz");

        foreach (var response in new[] { submit, batch, pause })
        {
            var problem = await response.AssertProblemAsync(HttpStatusCode.InsufficientStorage);
            Assert.Contains("storage is full", (string?)problem["detail"], StringComparison.Ordinal);
        }
        SurfaceShape.AssertError("/compat/secretary/api/jobs/", HttpStatusCode.InsufficientStorage, secretary, await secretary.Content.ReadAsStringAsync(), "Secretary create");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Equal("Degraded", (string?)ready["status"]);
        var storage = Check(ready, "storage");
        Assert.Equal("Degraded", (string?)storage["status"]);
        Assert.Contains("Storage is full", (string?)storage["description"], StringComparison.Ordinal);

        FillableStore.Full = false;
        var recovered = await client.GetJsonAsync("/readyz");
        var id = await client.SubmitNoopAsync(1);

        Assert.Equal("Healthy", (string?)Check(recovered, "storage")["status"]);
        Assert.Equal(before + 1, (int)(await client.GetJsonAsync("/api/jobs"))["total"]!);
        Assert.Equal("Succeeded", (string?)(await client.WaitForFinalAsync(id))["status"]);
    }

    [Fact]
    public async Task LittleFreeSpace_ReadyzDegradedNamingTheDirectoryAndTheThreshold()
    {
        using var tight = _server.With(services => services.AddSingleton<IFreeSpaceProbe>(new FixedProbe(5 * 1024 * 1024)));
        using var client = tight.CreateClient();

        var ready = await client.GetJsonAsync("/readyz");

        Assert.Equal("Degraded", (string?)ready["status"]);
        var description = (string?)Check(ready, "storage")["description"];
        Assert.Contains("5 MiB free", description, StringComparison.Ordinal);
        Assert.Contains("MediaJobs:DiskSpace:MinFreeBytes", description, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        FillableStore.Full = false;
        _server.Dispose();
    }

    private static JsonObject Check(JsonObject ready, string name) =>
        ready["checks"]!.AsArray().Single(c => (string?)c!["name"] == name)!.AsObject();

    private sealed class FixedProbe(long free) : IFreeSpaceProbe
    {
        public long? AvailableBytes(string directory) => free;
    }

    /// <summary>The factory with the switchable store installed (and more services when asked).</summary>
    private sealed class WebApplicationFactoryClient(MediaJobsServerFactory factory) : IDisposable
    {
        private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _app =
            factory.WithWebHostBuilder(b => b.ConfigureTestServices(FillableStore.Install));

        public HttpClient Client => field ??= _app.CreateClient();

        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> With(Action<IServiceCollection> configure) =>
            _app.WithWebHostBuilder(b => b.ConfigureTestServices(configure));

        public void Dispose() => _app.Dispose();
    }
}
