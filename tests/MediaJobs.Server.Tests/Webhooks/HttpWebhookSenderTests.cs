using MediaJobs.Core.Webhooks;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Server.Webhooks;

namespace MediaJobs.Server.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class HttpWebhookSenderTests : IAsyncLifetime
{
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static WebhookRequest Request(string url) =>
        new(url, "{}", "tok", new Dictionary<string, string> { ["webhook-id"] = "msg_1" });

    [Fact]
    public async Task Send_LoopbackNotAllowed_RefusesPermanentlyWithoutConnecting()
    {
        using var sender = new HttpWebhookSender(new WebhookOptions(), TimeProvider.System);

        var result = await sender.SendAsync(Request(_receiver.Url()), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.Null(result.StatusCode);
        Assert.Contains("loopback", result.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.All);
    }

    [Fact]
    public async Task Send_HostNameResolvingToLoopback_IsRefusedEvenWhenTheIpIsAllowed()
    {
        using var sender = new HttpWebhookSender(new WebhookOptions { AllowedHosts = ["127.0.0.1"] }, TimeProvider.System);
        var url = $"http://localhost:{_receiver.BaseAddress.Port}/hook";

        var result = await sender.SendAsync(Request(url), CancellationToken.None);

        Assert.True(result.Permanent);
        Assert.Contains("'localhost'", result.Error, StringComparison.Ordinal);
        Assert.Empty(_receiver.All);
    }

    [Fact]
    public async Task Send_AllowedHost_DeliversWithHeadersAndBearer()
    {
        using var sender = new HttpWebhookSender(new WebhookOptions { AllowedHosts = ["127.0.0.1"] }, TimeProvider.System);

        var result = await sender.SendAsync(Request(_receiver.Url()), CancellationToken.None);
        var got = await _receiver.NextAsync();

        Assert.True(result.Delivered);
        Assert.Equal("msg_1", got.Header("webhook-id"));
        Assert.Equal("Bearer tok", got.Header("authorization"));
        Assert.Equal("{}", got.Body);
    }

    [Fact]
    public async Task Send_AllowPrivateNetworks_LetsLocalhostThrough()
    {
        using var sender = new HttpWebhookSender(new WebhookOptions { AllowPrivateNetworks = true }, TimeProvider.System);

        var result = await sender.SendAsync(Request($"http://localhost:{_receiver.BaseAddress.Port}/hook"), CancellationToken.None);

        Assert.True(result.Delivered);
    }

    [Fact]
    public async Task Send_RetryAfterAsHttpDate_BecomesADelay()
    {
        var at = DateTimeOffset.UtcNow.AddSeconds(30);
        _receiver.Respond = (_, _) => new ReceiverAnswer(503, new Dictionary<string, string> { ["Retry-After"] = at.ToString("R") });
        using var sender = new HttpWebhookSender(new WebhookOptions { AllowedHosts = ["127.0.0.1"] }, TimeProvider.System);

        var result = await sender.SendAsync(Request(_receiver.Url()), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.False(result.Permanent);
        Assert.Equal(503, result.StatusCode);
        Assert.InRange(result.RetryAfter!.Value.TotalSeconds, 25, 31);
    }
}
