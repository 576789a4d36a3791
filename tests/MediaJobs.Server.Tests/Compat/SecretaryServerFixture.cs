using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Tests.Webhooks;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>One server with the text PDF fixture under its media root and a local webhook receiver (loopback allowed).</summary>
public sealed class SecretaryServerFixture : IAsyncLifetime
{
    public string MediaRoot { get; } = Path.Combine(Path.GetTempPath(), "mediajobs-secretary-media-" + Guid.NewGuid().ToString("N"));

    public WebhookReceiver Receiver { get; private set; } = null!;

    public MediaJobsServerFactory Server { get; private set; } = null!;

    public string Pdf => Path.Combine(MediaRoot, "text.pdf");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(MediaRoot);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "text.pdf"), Pdf);
        Receiver = await WebhookReceiver.StartAsync();
        var settings = WebhookTestKit.Settings();
        settings["MediaJobs:MediaRoots:0"] = MediaRoot;
        Server = new MediaJobsServerFactory(null, settings);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
        Directory.Delete(MediaRoot, recursive: true);
    }
}
