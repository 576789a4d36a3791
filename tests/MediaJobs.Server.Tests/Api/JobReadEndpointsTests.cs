using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobReadEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_SucceededJob_ReturnsSeedShapeExtended()
    {
        var id = await _client.SubmitNoopAsync(steps: 2);

        var job = await _client.WaitForFinalAsync(id);

        foreach (var key in new[] { "jobId", "status", "createdUtc", "startedUtc", "endedUtc", "correlationId", "steps", "output", "warnings", "errors",
            "type", "preset", "progressPct", "message", "batchId", "attempt", "maxAttempts", "cancelRequested", "results", "artifacts" })
        {
            Assert.True(job.ContainsKey(key), $"missing '{key}'");
        }
        Assert.Equal(id, job["jobId"]!.GetValue<string>());
        Assert.Equal("noop", job["type"]!.GetValue<string>());
        Assert.Null(job["output"]);
        Assert.Equal(100, job["progressPct"]!.GetValue<double>());
        Assert.Equal(1, job["attempt"]!.GetValue<int>());
        var step = job["steps"]![0]!.AsObject();
        foreach (var key in new[] { "name", "status", "progressPct", "durationMs", "errors", "startedAt", "completedAt" })
        {
            Assert.True(step.ContainsKey(key), $"step missing '{key}'");
        }
        Assert.Equal("Succeeded", step["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("not-an-id")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("../../etc/passwd")]
    public async Task Get_UnknownOrMalformedId_Returns404(string id)
    {
        using var response = await _client.GetAsync($"/api/jobs/{id}");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_WithFilters_ReturnsPageTotalStatsAndPaused()
    {
        var first = await _client.SubmitNoopAsync();
        var second = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(first);
        await _client.WaitForFinalAsync(second);

        var page = await _client.GetJsonAsync("/api/jobs?type=noop&status=Succeeded,Failed&offset=0&limit=1");

        Assert.Single(page["items"]!.AsArray());
        Assert.True(page["total"]!.GetValue<int>() >= 2);
        Assert.Equal(1, page["limit"]!.GetValue<int>());
        Assert.Equal(0, page["offset"]!.GetValue<int>());
        Assert.False(page["paused"]!.GetValue<bool>());
        var stats = page["stats"]!.AsObject();
        Assert.True(stats["succeeded"]!.GetValue<int>() >= 2);
        foreach (var key in new[] { "queued", "running", "succeeded", "failed", "cancelled", "skipped", "total", "counters" })
        {
            Assert.True(stats.ContainsKey(key), $"stats missing '{key}'");
        }
        Assert.NotNull(stats["counters"]!["bytesSaved"]?["lifetime"]);
    }

    [Fact]
    public async Task List_FilterMatchesNothing_ReturnsEmptyItems()
    {
        var page = await _client.GetJsonAsync("/api/jobs?type=no-such-type");

        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(0, page["total"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("status=Done", "status")]
    [InlineData("status=1", "status")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("limit=ten", "limit")]
    [InlineData("offset=-1", "offset")]
    public async Task List_BadQuery_Returns400NamingTheParameter(string query, string field)
    {
        using var response = await _client.GetAsync($"/api/jobs?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(field, problem["field"]!.GetValue<string>());
    }
}
