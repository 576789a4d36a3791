using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobEventEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Events_Sse_SeedEventNamesIncreasingIdsAndEndsAfterJobCompleted()
    {
        var id = await _client.SubmitNoopAsync(steps: 2);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);

        using var response = await _client.OpenSseAsync($"/api/jobs/{id}/events", ct: cts.Token);
        var messages = new List<SseMessage>();
        await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            messages.Add(m);
        }

        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        var events = messages.Where(m => m.Type is not null).ToList();
        Assert.Equal("job-completed", events[^1].Type);
        Assert.Equal("Succeeded", events[^1].Status);
        Assert.Contains(events, e => e.Type == "job-status" && e.Status == "Queued");
        Assert.Contains(events, e => e.Type == "step-status" && e.Data!["step"]!.GetValue<string>() == "noop-2" && e.Status == "Succeeded");
        var ids = events.Select(e => e.Id!.Value).ToList();
        Assert.True(ids.Zip(ids.Skip(1)).All(p => p.Second > p.First), "ids must strictly increase");
        Assert.All(events, e => Assert.False(string.IsNullOrEmpty(e.Data!["correlationId"]?.GetValue<string>())));
        Assert.All(events, e => Assert.False(e.Data!.ContainsKey("jobId")));
    }

    [Fact]
    public async Task Events_SseResumeWithLastEventId_YieldsExactlyTheLaterEvents()
    {
        var id = await _client.SubmitNoopAsync(steps: 3);
        var all = (await _client.ReadJobEventsAsync(id)).Where(m => m.Id is not null).ToList();
        var middle = all[all.Count / 2].Id!.Value;

        var resumed = (await _client.ReadJobEventsAsync(id, lastEventId: middle)).Where(m => m.Id is not null).ToList();

        Assert.Equal(all.Where(e => e.Id > middle).Select(e => e.Id), resumed.Select(e => e.Id));
        Assert.Equal(resumed.Count, resumed.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public async Task Events_SseAfterQuery_ResumesLikeLastEventId()
    {
        var id = await _client.SubmitNoopAsync(steps: 2);
        var all = (await _client.ReadJobEventsAsync(id)).Where(m => m.Id is not null).ToList();
        var first = all[0].Id!.Value;
        using var cts = new CancellationTokenSource(ApiClient.Timeout);

        using var response = await _client.OpenSseAsync($"/api/jobs/{id}/events?after={first}", ct: cts.Token);
        var resumed = new List<SseMessage>();
        await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            resumed.Add(m);
        }

        Assert.Equal(all.Skip(1).Select(e => e.Id), resumed.Where(m => m.Id is not null).Select(m => m.Id));
    }

    [Fact]
    public async Task Events_SseFinishedJobNothingLeft_EndsImmediately()
    {
        var id = await _client.SubmitNoopAsync();
        var all = await _client.ReadJobEventsAsync(id);

        var resumed = await _client.ReadJobEventsAsync(id, lastEventId: all[^1].Id);

        Assert.Empty(resumed);
    }

    [Fact]
    public async Task Events_SseQuietJob_SendsHeartbeatComments()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        try
        {
            var messages = await _client.ReadJobEventsAsync(id, m => m.Comment == "heartbeat", keepHeartbeats: true);

            Assert.Equal("heartbeat", messages[^1].Comment);
        }
        finally
        {
            using var _ = await _client.PostAsync($"/api/jobs/{id}/cancel", null);
        }
    }

    [Fact]
    public async Task Events_JsonAfterAndLimit_PagesThroughTheLog()
    {
        var id = await _client.SubmitNoopAsync(steps: 2);
        var all = (await _client.ReadJobEventsAsync(id)).Where(m => m.Id is not null).Select(m => m.Id!.Value).ToList();

        var page1 = await _client.GetJsonAsync($"/api/jobs/{id}/events?after=0&limit=2");
        var last = page1["lastEventId"]!.GetValue<long>();
        var page2 = await _client.GetJsonAsync($"/api/jobs/{id}/events?after={last}&limit=1000");

        var events1 = page1["events"]!.AsArray();
        Assert.Equal(2, events1.Count);
        Assert.Equal(events1[1]!["id"]!.GetValue<long>(), last);
        var ids = events1.Concat(page2["events"]!.AsArray()).Select(e => e!["id"]!.GetValue<long>()).ToList();
        Assert.Equal(all, ids);
        var sample = events1[0]!.AsObject();
        foreach (var key in new[] { "id", "jobId", "type", "level", "message", "payload", "timestampUtc" })
        {
            Assert.True(sample.ContainsKey(key), $"event missing '{key}'");
        }
        Assert.Equal(all[^1], page2["lastEventId"]!.GetValue<long>());
    }

    [Fact]
    public async Task Events_JsonPastTheEnd_ReturnsEmptyPageKeepingAfter()
    {
        var id = await _client.SubmitNoopAsync();
        var all = await _client.ReadJobEventsAsync(id);

        var page = await _client.GetJsonAsync($"/api/jobs/{id}/events?after={all[^1].Id}");

        Assert.Empty(page["events"]!.AsArray());
        Assert.Equal(all[^1].Id, page["lastEventId"]!.GetValue<long>());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Events_UnknownJob_Returns404Problem(bool sse)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/jobs/01234567-89ab-7def-8123-456789abcdef/events");
        if (sse)
        {
            request.Headers.Accept.ParseAdd("text/event-stream");
        }

        using var response = await _client.SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("after=-1")]
    [InlineData("after=x")]
    [InlineData("limit=0")]
    public async Task Events_BadQuery_Returns400(string query)
    {
        var id = await _client.SubmitNoopAsync();

        using var response = await _client.GetAsync($"/api/jobs/{id}/events?{query}");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Stream_Global_CarriesEveryJobsEventsWithJobId()
    {
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var response = await _client.OpenSseAsync("/api/jobs/stream", ct: cts.Token);
        var id = await _client.SubmitNoopAsync();

        var seen = new List<SseMessage>();
        await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            seen.Add(m);
            if (m.Type == "job-completed" && m.Data!["jobId"]?.GetValue<string>() == id)
            {
                break;
            }
        }

        var mine = seen.Where(m => m.Data?["jobId"]?.GetValue<string>() == id).ToList();
        Assert.Equal("job-status", mine[0].Type);
        Assert.Equal("job-completed", mine[^1].Type);
        Assert.All(seen.Where(m => m.Type is not null), m => Assert.NotNull(m.Data!["jobId"]));
    }

    [Fact]
    public async Task Stream_GlobalWithLastEventId_ReplaysFromThatId()
    {
        var id = await _client.SubmitNoopAsync();
        var events = await _client.ReadJobEventsAsync(id);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);

        using var response = await _client.OpenSseAsync("/api/jobs/stream", events[0].Id! - 1, cts.Token);
        var seen = new List<SseMessage>();
        await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            seen.Add(m);
            if (m.Id == events[^1].Id)
            {
                break;
            }
        }

        Assert.Equal(events.Select(e => e.Id), seen.Where(m => m.Data?["jobId"]?.GetValue<string>() == id).Select(m => m.Id));
    }
}
