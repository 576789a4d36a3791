using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class QueueEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PauseThenResume_QueuedJobWaitsThenFinishes()
    {
        var paused = await PostForJsonAsync("/api/queue/pause");
        Assert.True(paused["paused"]!.GetValue<bool>());
        try
        {
            var id = await _client.SubmitNoopAsync();

            // The engine polls every 50 ms; a second of its events must not include a start.
            var seen = await ReadForAsync(id, TimeSpan.FromSeconds(1));
            Assert.DoesNotContain(seen, m => m.Type == "job-status" && m.Status == "Running");
            Assert.Equal("Queued", (await _client.GetJobAsync(id))["status"]!.GetValue<string>());
            var queue = await _client.GetJsonAsync("/api/queue");
            Assert.True(queue["paused"]!.GetValue<bool>());
            Assert.True(queue["queued"]!.GetValue<int>() >= 1);

            var resumed = await PostForJsonAsync("/api/queue/resume");

            Assert.False(resumed["paused"]!.GetValue<bool>());
            Assert.Equal("Succeeded", (await _client.WaitForFinalAsync(id))["status"]!.GetValue<string>());
        }
        finally
        {
            using var _ = await _client.PostAsync("/api/queue/resume", null);
        }
    }

    [Fact]
    public async Task Cancel_QueuedJobWhilePaused_Returns202Cancelled()
    {
        await PostForJsonAsync("/api/queue/pause");
        try
        {
            var id = await _client.SubmitNoopAsync();

            using var response = await _client.PostAsync($"/api/jobs/{id}/cancel", null);

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.Equal("Cancelled", (await response.ReadJsonAsync())["currentStatus"]!.GetValue<string>());
            Assert.Equal("Cancelled", (await _client.WaitForFinalAsync(id))["status"]!.GetValue<string>());
        }
        finally
        {
            using var _ = await _client.PostAsync("/api/queue/resume", null);
        }
    }

    [Fact]
    public async Task Get_Queue_ReportsCounts()
    {
        var queue = await _client.GetJsonAsync("/api/queue");

        Assert.True(queue.ContainsKey("paused"));
        Assert.True(queue["running"]!.GetValue<int>() >= 0);
        Assert.True(queue["queued"]!.GetValue<int>() >= 0);
    }

    private async Task<System.Text.Json.Nodes.JsonObject> PostForJsonAsync(string url)
    {
        using var response = await _client.PostAsync(url, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    /// <summary>Every event of the job within <paramref name="window"/> (a bounded wait, not a sleep).</summary>
    private async Task<List<SseMessage>> ReadForAsync(string id, TimeSpan window)
    {
        using var cts = new CancellationTokenSource(window);
        var seen = new List<SseMessage>();
        try
        {
            using var response = await _client.OpenSseAsync($"/api/jobs/{id}/events", ct: cts.Token);
            await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
            {
                seen.Add(m);
            }
        }
        catch (Exception ex) when (cts.IsCancellationRequested && ex is OperationCanceledException or IOException)
        {
            // The window closed (the test host's body stream reports it as an IOException when it is mid-read).
        }
        return seen;
    }
}
