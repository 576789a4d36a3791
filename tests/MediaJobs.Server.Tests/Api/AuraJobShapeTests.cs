using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// What Aura Video Studio's job store reads besides seed 000's fields (Aura.Web state/jobs.ts <c>Job</c>,
/// services/api/sseClient.ts event types): <c>id</c>, <c>stage</c>, <c>percent</c> and its status words on list and get
/// entries; top-level <c>artifacts</c> on <c>job-completed</c>; a browser's stream held open after it.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class AuraJobShapeTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListAndGet_SucceededJob_CarryIdStageCompletePercentAndDoneBesideTheSeedsFields()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);

        var job = await _client.GetJobAsync(id);
        var listed = (await _client.GetJsonAsync("/api/jobs?type=test")).AsObject()["jobs"]!.AsArray().Single(j => (string?)j!["jobId"] == id)!;

        foreach (var entry in new[] { job, listed })
        {
            Assert.Equal(id, (string?)entry["id"]);
            Assert.Equal("Succeeded", (string?)entry["status"]);
            Assert.Equal("Done", (string?)entry["state"]);
            Assert.Equal("Complete", (string?)entry["stage"]);
            Assert.Equal(100, (int)entry["percent"]!);
        }
    }

    [Fact]
    public async Task Get_CancelledJob_SaysCanceledInStateAndCancelledInStatus()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.CancelAndWaitAsync(id);

        var job = await _client.GetJobAsync(id);

        Assert.Equal(("Cancelled", "Canceled", "work"), ((string?)job["status"], (string?)job["state"], (string?)job["stage"]));
    }

    [Fact]
    public async Task Get_QueuedVideoJob_StageIsTheStageItsPipelineDeclares()
    {
        using (await _client.PostAsync("/api/queue/pause", null))
        {
        }
        try
        {
            var id = await _client.SubmitAsync("""{"preset":"sample-hello-youtube"}""");

            var job = await _client.GetJobAsync(id);

            Assert.Equal(("Script", "Queued", 0), ((string?)job["stage"], (string?)job["state"], (int)job["percent"]!));
            await _client.CancelAndWaitAsync(id);
        }
        finally
        {
            using (await _client.PostAsync("/api/queue/resume", null))
            {
            }
        }
    }

    [Fact]
    public async Task Events_JobCompleted_CarriesTopLevelArtifactsWithTheirType()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");

        var events = await _client.ReadJobEventsAsync(id);

        var completed = Assert.Single(events, e => e.Type == "job-completed");
        var artifact = Assert.Single(completed.Data!["artifacts"]!.AsArray())!;
        Assert.Equal((TestPipeline.ArtifactName, "text/plain"), ((string?)artifact["name"], (string?)artifact["type"]));
        Assert.Equal((string?)completed.Data["output"]!["artifacts"]![0]!["path"], (string?)artifact["path"]);
        Assert.True((long)artifact["sizeBytes"]! > 0);
        Assert.All(events.Where(e => e.Type == "job-status"), e => Assert.Equal((int)Math.Round((double)e.Data!["jobProgressPct"]!), (int)e.Data["percent"]!));
    }

    [Fact]
    public async Task Events_FromABrowser_StayOpenWithHeartbeatsAfterTheTerminalEvent()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _client.WaitForFinalAsync(id);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{id}/events");
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Add("Sec-Fetch-Mode", "cors");
        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var afterEnd = new List<SseMessage>();
        var ended = false;
        await foreach (var message in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            ended |= message.Type == "job-completed";
            if (ended && message.Comment is not null)
            {
                afterEnd.Add(message);
            }
            if (afterEnd.Count == 2)
            {
                break;
            }
        }

        Assert.True(ended);
        Assert.Equal(2, afterEnd.Count);
    }
}
