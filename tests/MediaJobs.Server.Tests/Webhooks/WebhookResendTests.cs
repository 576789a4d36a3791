using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

/// <summary><c>POST /api/jobs/{id}/webhooks/{deliveryId}/resend</c>: a delivery that failed for good is sent again, once asked.</summary>
[Trait("Tier", "Fast")]
public sealed class WebhookResendTests() : WebhookServerTest(attempts: 1)
{
    [Fact]
    public async Task FailedDelivery_Resent_IsDeliveredWithTheSameWebhookId()
    {
        var receiverUp = false;
        Receiver.Respond = (_, _) => new ReceiverAnswer(Volatile.Read(ref receiverUp) ? 200 : 503);
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url(), steps: 1));
        await Client.WaitForWebhookOutcomeAsync(id, "completed", "webhook-failed");
        var failed = (await Client.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
            .Single(d => (string?)d!["webhook"] == "completed")!;
        Volatile.Write(ref receiverUp, true);

        using var resend = await Client.PostAsync($"/api/jobs/{id}/webhooks/{(string?)failed["id"]}/resend", null);

        Assert.Equal("Failed", (string?)failed["status"]);
        Assert.Equal(HttpStatusCode.Accepted, resend.StatusCode);
        var row = await resend.ReadJsonAsync();
        Assert.Equal(("Pending", 0), ((string?)row["status"], (int)row["attempts"]!));
        await Client.WaitForWebhookOutcomeAsync(id, "completed");
        var received = Receiver.All.Where(h => h.Phase() == "completed").ToList();
        Assert.Equal(2, received.Count);
        Assert.All(received, h => Assert.Equal((string?)failed["id"], h.Header("webhook-id")));
        Assert.All(received, WebhookTestKit.AssertSigned);
        var delivered = (await Client.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
            .Single(d => (string?)d!["webhook"] == "completed")!;
        Assert.Equal(("Delivered", 200), ((string?)delivered["status"], (int)delivered["lastStatusCode"]!));
    }

    [Fact]
    public async Task Resend_UnknownDelivery_Is404_UnknownJob_Is404()
    {
        var id = await Client.SubmitNoopAsync(1);
        await Client.WaitForFinalAsync(id);

        using var unknownDelivery = await Client.PostAsync($"/api/jobs/{id}/webhooks/msg_nope/resend", null);
        using var unknownJob = await Client.PostAsync("/api/jobs/01a00000-0000-7000-8000-000000000000/webhooks/msg_nope/resend", null);

        await unknownDelivery.AssertProblemAsync(HttpStatusCode.NotFound);
        await unknownJob.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
