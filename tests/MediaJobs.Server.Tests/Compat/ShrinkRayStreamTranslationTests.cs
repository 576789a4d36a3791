using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The stream's typed events come from the event log's types and order, not its words: a submission is
/// <c>added</c>, a later return to the queue (here a retry) is <c>requeued</c>. The queue stays paused, so nothing runs.
/// </summary>
[Trait("Tier", "Media")]
public sealed class ShrinkRayStreamTranslationTests(ShrinkRayServer server) : IClassFixture<ShrinkRayServer>
{
    private const string Base = "/compat/shrinkray";
    private readonly HttpClient _client = server.Factory.CreateClient();

    [Fact]
    public async Task Stream_SubmitCancelRetry_IsAddedCancelledRequeued()
    {
        using var pause = await _client.PostAsync($"{Base}/api/queue/pause", null);
        Assert.Equal(HttpStatusCode.OK, pause.StatusCode);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var stream = await _client.OpenSseAsync($"{Base}/api/jobs/stream", ct: cts.Token);
        var frames = SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(cts.Token), cts.Token).GetAsyncEnumerator(cts.Token);
        Assert.Equal("init", (string?)(await NextAsync(frames))["type"]);

        var body = new JsonObject { ["type"] = "transcode", ["preset"] = "compress-hevc", ["inputs"] = new JsonObject { ["path"] = server.CopySource("Stream-" + Guid.NewGuid().ToString("N")) } };
        using var submit = await _client.PostJsonAsync("/api/jobs", body.ToJsonString());
        var submitted = await submit.ReadJsonAsync();
        Assert.True(submit.IsSuccessStatusCode, submitted.ToJsonString());
        var id = (string)submitted["jobId"]!;
        var added = await NextForAsync(frames, id);
        using var cancel = await _client.PostAsync($"/api/jobs/{id}/cancel", null);
        var cancelled = await NextForAsync(frames, id);
        using var retry = await _client.PostAsync($"/api/jobs/{id}/retry", null);
        var requeued = await NextForAsync(frames, id);

        Assert.Equal(("added", "pending"), ((string?)added["type"], (string?)added["job"]!["status"]));
        Assert.Equal(("cancelled", "cancelled"), ((string?)cancelled["type"], (string?)cancelled["job"]!["status"]));
        Assert.Equal(("requeued", "pending"), ((string?)requeued["type"], (string?)requeued["job"]!["status"]));
    }

    private static async Task<JsonObject> NextForAsync(IAsyncEnumerator<SseMessage> frames, string id)
    {
        while (true)
        {
            var data = await NextAsync(frames);
            if ((string?)data["job"]?["id"] == id)
            {
                return data;
            }
        }
    }

    private static async Task<JsonObject> NextAsync(IAsyncEnumerator<SseMessage> frames)
    {
        while (await frames.MoveNextAsync())
        {
            if (frames.Current.Data is { } data)
            {
                return data;
            }
        }
        throw new InvalidOperationException("The stream ended.");
    }
}
