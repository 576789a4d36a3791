using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.EndToEnd;

[Trait("Tier", "EndToEnd")]
public sealed class SseResumeTests
{
    [Fact]
    public async Task Reconnect_WithLastEventIdMidJob_ReceivesExactlyTheMissedEventsNoneTwice()
    {
        await using var server = new RealServer();
        await server.StartAsync();
        var jobId = await server.SubmitRenderAsync(seconds: 3);
        // An observer that stays connected sees every event: the reference.
        var observer = server.Client.ReadJobEventsAsync(jobId);

        var firstPart = await server.Client.ReadJobEventsAsync(jobId, m => m.Type == "step-progress" && (string?)m.Data?["step"] == "render");
        var lastSeen = firstPart.Last(m => m.Id is not null).Id!.Value;
        // Reconnect only once more events exist than the dropped client saw, so some were truly missed.
        await server.Client.ReadJobEventsAsync(jobId, m => m.Id > lastSeen + 3);
        var resumed = await server.Client.ReadJobEventsAsync(jobId, lastEventId: lastSeen);
        var all = await observer;

        var expected = all.Where(m => m.Id > lastSeen).Select(m => (m.Id, m.Type)).ToList();
        var got = resumed.Where(m => m.Id is not null).Select(m => (m.Id, m.Type)).ToList();
        Assert.NotEmpty(got);
        Assert.Equal(expected, got);
        Assert.Equal(got.Count, got.Select(e => e.Id).Distinct().Count());
        Assert.Equal("job-completed", got[^1].Type);
        var stitched = firstPart.Where(m => m.Id is not null).Select(m => m.Id).Concat(got.Select(e => e.Id)).ToList();
        Assert.Equal(all.Where(m => m.Id is not null).Select(m => m.Id), stitched);
    }
}
