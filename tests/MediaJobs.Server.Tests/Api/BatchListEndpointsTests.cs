using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary><c>GET /api/jobs/batches</c>: batches with counts per status and aggregate progress, paged.</summary>
[Trait("Tier", "Fast")]
public sealed class BatchListEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task List_WhileOneJobRuns_ShowsRunningAndPartialProgress_ThenAllFinished_Shows100()
    {
        var (batchId, jobIds) = await SubmitBatchAsync("""{"name":"progress","jobs":[{"type":"noop"},{"type":"test","preset":"block"}]}""");
        await _client.WaitForFinalAsync(jobIds[0]);
        await _client.WaitForRunningAsync(jobIds[1]);

        var running = await FindAsync(batchId);
        await _client.CancelAndWaitAsync(jobIds[1]);
        var finished = await FindAsync(batchId);

        Assert.Equal("Running", running["status"]!.GetValue<string>());
        Assert.Equal(2, running["jobCount"]!.GetValue<int>());
        Assert.Equal(1, running["counts"]!["succeeded"]!.GetValue<int>());
        Assert.Equal(1, running["counts"]!["running"]!.GetValue<int>());
        Assert.InRange(running["progressPct"]!.GetValue<double>(), 50, 99.9);
        Assert.Equal("Mixed", finished["status"]!.GetValue<string>());
        Assert.Equal(1, finished["counts"]!["cancelled"]!.GetValue<int>());
        Assert.Equal(0, finished["counts"]!["running"]!.GetValue<int>());
        Assert.Equal(100, finished["progressPct"]!.GetValue<double>());
        Assert.Equal("progress", finished["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_NewestFirst_PagesWithOffsetAndLimit()
    {
        var (older, _) = await SubmitBatchAsync("""{"name":"older","jobs":[{"type":"noop"}]}""");
        var (newer, _) = await SubmitBatchAsync("""{"name":"newer","jobs":[{"type":"noop"}]}""");

        var first = await _client.GetJsonAsync("/api/jobs/batches?limit=1");
        var second = await _client.GetJsonAsync("/api/jobs/batches?limit=1&offset=1");

        Assert.Equal(newer, first["items"]!.AsArray().Single()!["batchId"]!.GetValue<string>());
        Assert.Equal(older, second["items"]!.AsArray().Single()!["batchId"]!.GetValue<string>());
        Assert.True(first["total"]!.GetValue<int>() >= 2);
        Assert.Equal((1, 1), (second["offset"]!.GetValue<int>(), second["limit"]!.GetValue<int>()));
    }

    [Fact]
    public async Task List_BatchWhoseJobsWereAllDeleted_IsNotListed()
    {
        var (batchId, jobIds) = await SubmitBatchAsync("""{"name":"gone","jobs":[{"type":"noop"}]}""");
        await _client.WaitForFinalAsync(jobIds[0]);
        Assert.NotNull(await FindAsync(batchId));

        using var delete = await _client.DeleteAsync($"/api/jobs/{jobIds[0]}");

        Assert.True(delete.IsSuccessStatusCode, $"{(int)delete.StatusCode}");
        var all = await _client.GetJsonAsync("/api/jobs/batches?limit=500");
        Assert.DoesNotContain(all["items"]!.AsArray(), b => b!["batchId"]!.GetValue<string>() == batchId);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task List_BadPaging_Is400NamingTheParameter(string query, string field)
    {
        using var response = await _client.GetAsync($"/api/jobs/batches?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }

    private async Task<JsonObject> FindAsync(string batchId)
    {
        var page = await _client.GetJsonAsync("/api/jobs/batches?limit=500");
        return page["items"]!.AsArray().Single(b => b!["batchId"]!.GetValue<string>() == batchId)!.AsObject();
    }

    private async Task<(string BatchId, string[] JobIds)> SubmitBatchAsync(string json)
    {
        using var response = await _client.PostJsonAsync("/api/jobs/batch", json);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return (body["batchId"]!.GetValue<string>(), [.. body["jobIds"]!.AsArray().Select(j => j!.GetValue<string>())]);
    }
}
