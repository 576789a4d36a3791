using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

/// <summary>A test class's own server (webhook secret, loopback allowed, <paramref name="attempts"/> tries) and receiver.</summary>
public abstract class WebhookServerTest(int attempts) : IAsyncLifetime
{
    protected WebhookReceiver Receiver { get; private set; } = null!;

    protected MediaJobsServerFactory Server { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Receiver = await WebhookReceiver.StartAsync();
        Server = new MediaJobsServerFactory(null, WebhookTestKit.Settings(attempts));
        Client = Server.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        await Receiver.DisposeAsync();
    }
}
