using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

[Trait("Tier", "Fast")]
public sealed class WebhookDeliveryTests() : WebhookServerTest(attempts: 6)
{
    [Fact]
    public async Task NoopJob_ProgressAndCompletionArrive_SignedWithBearerToken()
    {
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url()));

        var completion = await Receiver.NextMatchingAsync(h => h.Phase() == "completed");
        await Client.WaitForWebhookOutcomeAsync(id, "completed");

        var all = Receiver.All.ToList();
        var progress = all.Where(h => h.Phase() == "processing").ToList();
        Assert.NotEmpty(progress);
        Assert.All(all, WebhookTestKit.AssertSigned);
        Assert.All(all, h => Assert.Equal("Bearer tok-1", h.Header("authorization")));
        Assert.All(all, h => Assert.Equal("client-7", (string?)h.Json()["process"]!["id"]));
        Assert.All(all, h => Assert.Equal(id, (string?)h.Json()["process"]!["jobId"]));
        Assert.All(progress, h => Assert.InRange(h.Json()["progress"]!.GetValue<int>(), 0, 100));
        Assert.All(progress, h => Assert.False(string.IsNullOrEmpty((string?)h.Json()["message"])));
        Assert.Equal("Processing completed", (string?)completion.Json()["message"]);
        Assert.NotNull(completion.Json()["data"] as System.Text.Json.Nodes.JsonObject);
        Assert.Equal(all.Count, all.Select(h => h.Header("webhook-id")).Distinct().Count());
        Assert.True(all.IndexOf(progress[0]) < all.IndexOf(completion), "progress came after the completion");
        var deliveries = await Client.GetJsonAsync($"/api/jobs/{id}/webhooks");
        var completed = deliveries["deliveries"]!.AsArray().Single(d => (string?)d!["webhook"] == "completed")!;
        Assert.Equal("Delivered", (string?)completed["status"]);
        Assert.Equal(1, completed["attempts"]!.GetValue<int>());
        Assert.Equal(200, completed["lastStatusCode"]!.GetValue<int>());
        Assert.Equal(completion.Header("webhook-id"), (string?)completed["id"]);
        var job = await Client.GetJobAsync(id);
        Assert.Equal(Receiver.Url(), (string?)job["webhook"]!["url"]);
        Assert.True(job["webhook"]!["hasToken"]!.GetValue<bool>());
        Assert.False(job["options"]!.AsObject().ContainsKey("webhook"));
    }

    [Fact]
    public async Task Receiver_FailsTwice_GetsTheDeliveryOnTheThirdTry()
    {
        var tries = new Dictionary<string, int>();
        Receiver.Respond = (hook, _) =>
        {
            lock (tries)
            {
                var n = tries[hook.Header("webhook-id")!] = tries.GetValueOrDefault(hook.Header("webhook-id")!) + 1;
                return new ReceiverAnswer(n <= 2 ? 500 : 200);
            }
        };
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url(), steps: 1));

        var delivered = await Client.WaitForWebhookOutcomeAsync(id, "completed");

        var completions = Receiver.All.Where(h => h.Phase() == "completed").ToList();
        Assert.Equal(3, completions.Count);
        Assert.Single(completions.Select(h => h.Header("webhook-id")).Distinct());
        Assert.All(completions, WebhookTestKit.AssertSigned);
        Assert.Equal(3, delivered.Data!["attempts"]!.GetValue<int>());
        var row = (await Client.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
            .Single(d => (string?)d!["webhook"] == "completed")!;
        Assert.Equal("Delivered", (string?)row["status"]);
        Assert.Equal(3, row["attempts"]!.GetValue<int>());
    }

    [Fact]
    public async Task Receiver_429WithRetryAfter_NextTryWaitsThatLong()
    {
        var first = new HashSet<string>();
        Receiver.Respond = (hook, _) =>
        {
            lock (first)
            {
                return first.Add(hook.Header("webhook-id")!)
                    ? new ReceiverAnswer(429, new Dictionary<string, string> { ["Retry-After"] = "1" })
                    : new ReceiverAnswer(200);
            }
        };
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url(), steps: 1));

        await Client.WaitForWebhookOutcomeAsync(id, "completed");

        var completions = Receiver.All.Where(h => h.Phase() == "completed").ToList();
        Assert.Equal(2, completions.Count);
        // The schedule says 50 ms; Retry-After says 1 s.
        Assert.True(completions[1].At - completions[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {(completions[1].At - completions[0].At).TotalMilliseconds} ms");
    }

    [Fact]
    public async Task Receiver_AlwaysFails_RowEndsFailedWithLastStatusAndEvent()
    {
        Receiver.Respond = (_, _) => new ReceiverAnswer(503);
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url(), steps: 1));

        var failed = await Client.WaitForWebhookOutcomeAsync(id, "completed", "webhook-failed");

        Assert.Equal(6, failed.Data!["attempts"]!.GetValue<int>());
        var row = (await Client.GetJsonAsync($"/api/jobs/{id}/webhooks"))["deliveries"]!.AsArray()
            .Single(d => (string?)d!["webhook"] == "completed")!;
        Assert.Equal("Failed", (string?)row["status"]);
        Assert.Equal(6, row["attempts"]!.GetValue<int>());
        Assert.Equal(503, row["lastStatusCode"]!.GetValue<int>());
        Assert.Contains("503", (string?)row["lastError"], StringComparison.Ordinal);
        Assert.Equal(6, Receiver.All.Count(h => h.Phase() == "completed"));
    }

    [Fact]
    public async Task JobStream_WebhookEventsAfterTheEnd_StillEnds()
    {
        var id = await Client.SubmitAsync(WebhookTestKit.NoopWithWebhook(Receiver.Url(), steps: 1));
        await Client.WaitForWebhookOutcomeAsync(id, "completed");

        var whole = await Client.ReadJobEventsAsync(id);
        var completedId = whole.Single(m => m.Type == "job-completed").Id;
        var afterEnd = await Client.ReadJobEventsAsync(id, lastEventId: completedId);

        Assert.Equal("job-completed", whole.Last(m => m.Type is not null).Type);
        Assert.Contains(afterEnd, m => m.Type == "webhook-delivered");
        Assert.All(afterEnd.Where(m => m.Type is not null), m => Assert.StartsWith("webhook-", m.Type, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_WebhookUrlNotHttp_Is400NamingTheField()
    {
        using var response = await Client.PostJsonAsync("/api/jobs", WebhookTestKit.NoopWithWebhook("ftp://example.com/x"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("options.webhook.url", (string?)problem["field"]);
    }
}
