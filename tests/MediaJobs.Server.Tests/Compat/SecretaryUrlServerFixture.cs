using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// A server whose downloads may reach one loopback file server (<c>MediaJobs:Downloads:AllowedHosts</c> = 127.0.0.1,
/// the explicit test allowance), with a 100 kB file limit, and the real default SSE heartbeat (15 s) so a wait that
/// only noticed a job's end on the next heartbeat would show.
/// </summary>
public sealed class SecretaryUrlServerFixture : IAsyncLifetime
{
    public const long MaxBytes = 100_000;

    public LoopbackFileServer Files { get; private set; } = null!;

    public MediaJobsServerFactory Server { get; private set; } = null!;

    public byte[] Pdf { get; } = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"));

    public async Task InitializeAsync()
    {
        Files = await LoopbackFileServer.StartAsync();
        Server = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:Downloads:AllowedHosts:0"] = "127.0.0.1",
            ["MediaJobs:Uploads:MaxBytes"] = MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MediaJobs:Http:SseHeartbeatSeconds"] = "15",
        });
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Files.DisposeAsync();
    }
}
