using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class WebhookRestartTests
{
    [Fact]
    public async Task PendingDelivery_AcrossServerRestart_IsDeliveredWithTheSameId()
    {
        var data = Path.Combine(Path.GetTempPath(), "mediajobs-webhook-restart-" + Guid.NewGuid().ToString("N"));
        await using var receiver = await WebhookReceiver.StartAsync();
        var up = false;
        receiver.Respond = (_, _) => new ReceiverAnswer(Volatile.Read(ref up) ? 200 : 503);
        // Many fast attempts: the row is still Pending when the first server stops.
        var settings = WebhookTestKit.Settings(attempts: 200);
        try
        {
            string id;
            string firstAttemptId;
            await using (var first = new MediaJobsServerFactory(data, settings))
            {
                using var client = first.CreateClient();
                id = await client.SubmitAsync(WebhookTestKit.NoopWithWebhook(receiver.Url(), steps: 1));
                firstAttemptId = (await receiver.NextMatchingAsync(h => h.Phase() == "completed")).Header("webhook-id")!;
                // A retry: the first failed attempt is on record before this server stops.
                await receiver.NextMatchingAsync(h => h.Phase() == "completed");
            }
            Volatile.Write(ref up, true);

            await using var second = new MediaJobsServerFactory(data, settings);
            using var again = second.CreateClient();
            var delivered = await again.WaitForWebhookOutcomeAsync(id, "completed");

            var ok = receiver.All.Last(h => h.Phase() == "completed");
            Assert.Equal(firstAttemptId, ok.Header("webhook-id"));
            WebhookTestKit.AssertSigned(ok);
            Assert.True(delivered.Data!["attempts"]!.GetValue<int>() >= 2);
            var row = (await again.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
                .Single(d => (string?)d!["webhook"] == "completed")!;
            Assert.Equal("Delivered", (string?)row["status"]);
            Assert.Equal(firstAttemptId, (string?)row["id"]);
        }
        finally
        {
            if (Directory.Exists(data))
            {
                Directory.Delete(data, recursive: true);
            }
        }
    }
}
