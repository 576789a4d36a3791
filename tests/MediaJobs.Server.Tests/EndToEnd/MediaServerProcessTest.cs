using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A test that runs the real server process over a media folder and a data folder of its own, both removed at the
/// end, and disposes the server it started (a test may kill it and start another in its place).
/// </summary>
public abstract class MediaServerProcessTest : IAsyncLifetime
{
    protected string MediaFolder { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-e2e-media-" + Guid.NewGuid().ToString("N"));

    protected string DataFolder { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-e2e-" + Guid.NewGuid().ToString("N"));

    protected ServerProcess? Server { get; set; }

    public Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaFolder);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
        Directory.Delete(MediaFolder, recursive: true);
        Directory.Delete(DataFolder, recursive: true);
    }
}
