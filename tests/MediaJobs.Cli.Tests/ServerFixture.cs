using MediaJobs.Testing;

namespace MediaJobs.Cli.Tests;

/// <summary>One real server process for the class; the CLI talks to it over HTTP like a user would.</summary>
public sealed class ServerFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "mediajobs-cli-" + Guid.NewGuid().ToString("N"));

    public ServerProcess Server { get; private set; } = null!;

    public string Url => Server.BaseAddress.ToString().TrimEnd('/');

    public async Task InitializeAsync() =>
        Server = await ServerProcess.StartAsync(Path.Combine(AppContext.BaseDirectory, "MediaJobs.Server.dll"), _data, new Dictionary<string, string>
        {
            ["MediaJobs:Engine:PollInterval"] = "00:00:00.050",
        });

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }
}
