using MediaJobs.Server.DiskSpace;
using MediaJobs.Server.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>An in-memory server whose free-space probe the test switches (<see cref="Disk"/>).</summary>
internal sealed class DiskGuardServer : IDisposable
{
    public DiskGuardServer()
    {
        App = Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IFreeSpaceProbe>(Disk)));
        Client = App.CreateClient();
    }

    public MediaJobsServerFactory Factory { get; } = new();

    public SwitchableFreeSpace Disk { get; } = new();

    public WebApplicationFactory<Program> App { get; }

    public HttpClient Client { get; }

    /// <summary>Stops the server and keeps its data folder (for a restart on it).</summary>
    public void Stop()
    {
        Client.Dispose();
        App.Dispose();
    }

    public void Dispose()
    {
        Stop();
        Factory.Dispose();
    }
}
