using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Fuzz;

/// <summary>
/// A keyless server (the caller is admin) with a media root and its queue paused, so the bodies the fuzz gets
/// accepted are stored but never run; <see cref="CountJobsAsync"/> counts every job.
/// </summary>
public sealed class FuzzServer : IAsyncLifetime
{
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-fuzz-" + Guid.NewGuid().ToString("N"));

    public MediaJobsServerFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?> { ["MediaJobs:MediaRoots:0"] = MediaRoot });
        Client = Factory.CreateClient();
        using var paused = await Client.PostAsync("/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
    }

    public async Task<int> CountJobsAsync() => (int)(await Client.GetJsonAsync("/api/jobs?limit=1"))["total"]!;

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Directory.Delete(MediaRoot, recursive: true);
    }
}
