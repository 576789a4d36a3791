using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class BatchEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Submit_TwoNoopJobs_BatchEndsSucceeded()
    {
        var (batchId, jobIds) = await SubmitBatchAsync("""{"name":"two","jobs":[{"type":"noop"},{"type":"noop","inputs":{"steps":2}}]}""");
        foreach (var id in jobIds)
        {
            await _client.WaitForFinalAsync(id);
        }

        var batch = await _client.GetJsonAsync($"/api/jobs/batch/{batchId}");

        Assert.Equal(batchId, batch["batchId"]!.GetValue<string>());
        Assert.Equal("two", batch["name"]!.GetValue<string>());
        Assert.Equal("Succeeded", batch["status"]!.GetValue<string>());
        Assert.Equal(2, batch["jobCount"]!.GetValue<int>());
        Assert.Equal(2, batch["completedCount"]!.GetValue<int>());
        Assert.Equal(0, batch["failedCount"]!.GetValue<int>());
        Assert.All(batch["jobs"]!.AsArray(), j => Assert.Equal(batchId, j!["batchId"]!.GetValue<string>()));
        var listed = await _client.GetJsonAsync($"/api/jobs?batchId={batchId}");
        Assert.Equal(2, listed["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Submit_OneFailsOneSucceeds_BatchIsMixed()
    {
        var (batchId, jobIds) = await SubmitBatchAsync("""{"name":"mixed","jobs":[{"type":"noop"},{"type":"test","preset":"fail"}]}""");
        foreach (var id in jobIds)
        {
            await _client.WaitForFinalAsync(id);
        }

        var batch = await _client.GetJsonAsync($"/api/jobs/batch/{batchId}");

        Assert.Equal("Mixed", batch["status"]!.GetValue<string>());
        Assert.Equal(1, batch["failedCount"]!.GetValue<int>());
        Assert.Equal(1, batch["completedCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"name":"x"}""", "jobs")]
    [InlineData("""{"jobs":{}}""", "jobs")]
    [InlineData("""{"jobs":[]}""", "jobs")]
    [InlineData("""{"name":5,"jobs":[{"type":"noop"}]}""", "name")]
    [InlineData("""{"jobs":[{"type":"noop"},7]}""", "jobs[1]")]
    [InlineData("""{"jobs":[{"type":"noop"},{"type":"nope"}]}""", "jobs[1].type")]
    [InlineData("""{"jobs":[{"type":"nope"}]}""", "jobs[0].type")]
    [InlineData("""{"jobs":[{"type":"noop","priority":"high"}]}""", "jobs[0].priority")]
    [InlineData("""{"jobs":[{"type":"noop"},{"type":"noop","inputs":{"steps":0}}]}""", "jobs[1].inputs.steps")]
    public async Task Submit_InvalidBatch_Returns400NamingTheField(string json, string field)
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", json);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Submit_InvalidBatch_StoresNothing()
    {
        var before = (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>();

        using var response = await _client.PostJsonAsync("/api/jobs/batch", """{"name":"atomic","jobs":[{"type":"noop"},{"type":"nope"}]}""");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(before, (await _client.GetJsonAsync("/api/jobs?limit=1"))["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Submit_MalformedJson_Returns400()
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", "{\"jobs\":[");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Submit_WrongContentType_Returns415()
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", """{"jobs":[]}""", "text/plain");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Submit_TenMegabyteBody_Returns413()
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", "{\"pad\":\"" + new string('x', 10 * 1024 * 1024) + "\"}");

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    public async Task Get_UnknownBatch_Returns404(string id)
    {
        using var response = await _client.GetAsync($"/api/jobs/batch/{id}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<(string BatchId, List<string> JobIds)> SubmitBatchAsync(string json)
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", json);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var batchId = body["batchId"]!.GetValue<string>();
        Assert.Equal($"/api/jobs/batch/{batchId}", response.Headers.Location?.ToString());
        return (batchId, [.. body["jobIds"]!.AsArray().Select(n => n!.GetValue<string>())]);
    }

    [Fact]
    public async Task Cancel_BatchWithRunningAndQueuedJobs_CancelsEveryUnfinishedOne()
    {
        var (batchId, jobIds) = await SubmitBatchAsync("""{"name":"stop","jobs":[{"type":"noop"},{"type":"test","preset":"block"},{"type":"test","preset":"block"},{"type":"test","preset":"block"}]}""");
        await _client.WaitForFinalAsync(jobIds[0]);
        await _client.WaitForRunningAsync(jobIds[1]);

        using var response = await _client.PostAsync($"/api/jobs/batch/{batchId}/cancel", null);
        var body = await response.ReadJsonAsync();
        foreach (var id in jobIds.Skip(1))
        {
            await _client.WaitForFinalAsync(id);
        }
        var batch = await _client.GetJsonAsync($"/api/jobs/batch/{batchId}");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(3, body["cancelled"]!.GetValue<int>() + body["requested"]!.GetValue<int>());
        Assert.Equal("Succeeded", (string?)(await _client.GetJobAsync(jobIds[0]))["status"]);
        foreach (var id in jobIds.Skip(1))
        {
            Assert.Equal("Cancelled", (string?)(await _client.GetJobAsync(id))["status"]);
        }
        Assert.Equal(3, batch["cancelledCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Cancel_UnknownBatch_Returns404Problem()
    {
        using var response = await _client.PostAsync("/api/jobs/batch/01a20000-0000-7000-8000-000000000000/cancel", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
