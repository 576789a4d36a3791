using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class WebhookGuardEndToEndTests
{
    [Fact]
    public async Task Job_WebhookToLoopbackNotAllowed_RowFailsAtOnceAndReceiverGetsNothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var server = new MediaJobsServerFactory(null, WebhookTestKit.Settings(allowLoopback: false));
        using var client = server.CreateClient();
        var id = await client.SubmitAsync(WebhookTestKit.NoopWithWebhook(receiver.Url(), steps: 1));

        var failed = await client.WaitForWebhookOutcomeAsync(id, "completed", "webhook-failed");

        Assert.Equal(1, failed.Data!["attempts"]!.GetValue<int>());
        var row = (await client.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
            .Single(d => (string?)d!["webhook"] == "completed")!;
        Assert.Equal("Failed", (string?)row["status"]);
        Assert.Contains("loopback", (string?)row["lastError"], StringComparison.Ordinal);
        Assert.Empty(receiver.All);
    }
}
