using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

[Trait("Tier", "Fast")]
public sealed class ApiKeyAuthTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private readonly HttpClient _alice = fixture.Client(AuthServerFixture.AliceKey);
    private readonly HttpClient _bob = fixture.Client(AuthServerFixture.BobKey, asApiKeyHeader: true);
    private readonly HttpClient _root = fixture.Client(AuthServerFixture.RootKey);

    [Fact]
    public async Task OtherKey_ReadCancelRetryEventsWebhooks_AreNotFoundProblems()
    {
        var running = await _alice.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _alice.WaitForRunningAsync(running);

        string[] gets = [$"/api/jobs/{running}", $"/api/jobs/{running}/events", $"/api/jobs/{running}/webhooks"];
        foreach (var url in gets)
        {
            using var response = await _bob.GetAsync(url);
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var sse = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{running}/events"))
        {
            sse.Headers.Accept.ParseAdd("text/event-stream");
            using var response = await _bob.SendAsync(sse);
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        using (var cancel = await _bob.PostAsync($"/api/jobs/{running}/cancel", null))
        {
            await cancel.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal("Running", (await _alice.GetJobAsync(running))["status"]!.GetValue<string>());

        using (var ownCancel = await _alice.PostAsync($"/api/jobs/{running}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, ownCancel.StatusCode);
        }
        Assert.Equal("Cancelled", (await _alice.WaitForFinalAsync(running))["status"]!.GetValue<string>());
        using (var retry = await _bob.PostAsync($"/api/jobs/{running}/retry", null))
        {
            await retry.AssertProblemAsync(HttpStatusCode.NotFound);
        }
        Assert.Equal("Cancelled", (await _alice.GetJobAsync(running))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherKey_DownloadOutput_IsNotFoundButOwnerAndAdminGetTheFile()
    {
        var id = await _alice.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _alice.WaitForFinalAsync(id);

        using var bobs = await _bob.GetAsync($"/api/jobs/{id}/output");
        using var alices = await _alice.GetAsync($"/api/jobs/{id}/output");
        using var roots = await _root.GetAsync($"/api/jobs/{id}/output");

        await bobs.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(TestPipeline.ArtifactText, await alices.Content.ReadAsStringAsync());
        Assert.Equal(TestPipeline.ArtifactText, await roots.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ListAndStats_ShowOnlyOwnJobs_AdminSeesAll()
    {
        var alices = await _alice.SubmitNoopAsync();
        var bobs = await _bob.SubmitNoopAsync();
        await _alice.WaitForFinalAsync(alices);
        await _bob.WaitForFinalAsync(bobs);

        var bobList = await _bob.GetJsonAsync("/api/jobs?limit=500");
        var rootList = await _root.GetJsonAsync("/api/jobs?limit=500");
        var bobStats = await _bob.GetJsonAsync("/api/stats");
        var rootStats = await _root.GetJsonAsync("/api/stats");

        var bobIds = bobList["items"]!.AsArray().Select(j => j!["jobId"]!.GetValue<string>()).ToList();
        var rootIds = rootList["items"]!.AsArray().Select(j => j!["jobId"]!.GetValue<string>()).ToList();
        Assert.Contains(bobs, bobIds);
        Assert.DoesNotContain(alices, bobIds);
        Assert.Contains(bobs, rootIds);
        Assert.Contains(alices, rootIds);
        Assert.Equal(bobIds.Count, bobList["total"]!.GetValue<int>());
        Assert.True(rootStats["total"]!.GetValue<int>() > bobStats["total"]!.GetValue<int>());
        Assert.Equal(bobIds.Count, bobStats["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task Nodes_AnyValidKey_SeesTheSameNodes()
    {
        var bobs = await _bob.GetJsonAsync("/api/nodes");
        var roots = await _root.GetJsonAsync("/api/nodes");

        Assert.NotEmpty(bobs["nodes"]!.AsArray());
        Assert.Equal(
            roots["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()),
            bobs["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()));
    }

    [Fact]
    public async Task OtherKey_Batch_IsNotFound()
    {
        using var submitted = await _alice.PostJsonAsync("/api/jobs/batch", """{"name":"mine","jobs":[{"type":"noop"}]}""");
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        var batchId = (await submitted.ReadJsonAsync())["batchId"]!.GetValue<string>();

        using var bobs = await _bob.GetAsync($"/api/jobs/batch/{batchId}");
        var alices = await _alice.GetJsonAsync($"/api/jobs/batch/{batchId}");

        await bobs.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, alices["jobCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task GlobalStream_NonAdminKey_SeesOnlyOwnJobs()
    {
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var stream = await _bob.OpenSseAsync("/api/jobs/stream", ct: cts.Token);
        var alices = await _alice.SubmitNoopAsync();
        await _alice.WaitForFinalAsync(alices);
        var bobs = await _bob.SubmitNoopAsync();

        var seen = await ApiClient.ReadGlobalUntilCompletedAsync(stream, bobs, cts.Token);

        var jobIds = seen.Where(m => m.Data is not null).Select(m => (string?)m.Data!["jobId"]).Distinct().ToList();
        Assert.Equal([bobs], jobIds);
    }

    [Theory]
    [InlineData(null, "/api/jobs")]
    [InlineData("not-a-key", "/api/jobs")]
    [InlineData(null, "/api/nodes")]
    [InlineData("not-a-key", "/api/nodes")]
    public async Task MissingOrWrongKey_Is401ProblemWithBearerChallenge(string? key, string url)
    {
        using var client = fixture.Client(key);

        using var response = await client.GetAsync(url);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task WrongKeyInXApiKey_Is401EvenWithValidLookingBearer()
    {
        using var client = fixture.Client("wrong", asApiKeyHeader: true);

        using var response = await client.PostJsonAsync("/api/jobs", """{"type":"noop"}""");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    public async Task HealthAndOpenApi_WithoutKey_StayOpen(string url)
    {
        using var anonymous = fixture.Client(null);

        using var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task QueuePause_NonAdminKey_IsForbidden()
    {
        using var response = await _bob.PostAsync("/api/queue/pause", null);

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.False((await _root.GetJsonAsync("/api/queue"))["paused"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Submit_WithKey_RecordsKeyIdAsOwner()
    {
        var id = await _bob.SubmitNoopAsync();

        var job = await _root.GetJobAsync(id);

        Assert.Equal("bob", job["owner"]?.GetValue<string>());
    }
}
