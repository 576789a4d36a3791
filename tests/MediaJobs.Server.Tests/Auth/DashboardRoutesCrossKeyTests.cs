using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>The routes added for the dashboard, as another key: nothing of the first key's jobs is reachable.</summary>
[Trait("Tier", "Fast")]
public sealed class DashboardRoutesCrossKeyTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private readonly HttpClient _alice = fixture.Client(AuthServerFixture.AliceKey);
    private readonly HttpClient _bob = fixture.Client(AuthServerFixture.BobKey);

    [Fact]
    public async Task OtherKey_DeleteOfAJob_Is404_AndTheJobStays()
    {
        var alices = await _alice.SubmitNoopAsync(1);
        await _alice.WaitForFinalAsync(alices);

        using var bobs = await _bob.DeleteAsync($"/api/jobs/{alices}");

        await bobs.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Succeeded", (await _alice.GetJobAsync(alices))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task OtherKey_FinishedPerMinute_CountsOnlyItsOwnFinishes()
    {
        var bobBefore = await FinishedTodayAsync(_bob);
        var aliceBefore = await FinishedTodayAsync(_alice);
        var alices = await _alice.SubmitNoopAsync(1);
        await _alice.WaitForFinalAsync(alices);

        var bobAfter = await FinishedTodayAsync(_bob);
        var aliceAfter = await FinishedTodayAsync(_alice);

        Assert.True(aliceAfter >= aliceBefore + 1, $"alice {aliceBefore} -> {aliceAfter}");
        Assert.Equal(bobBefore, bobAfter);
    }

    private static async Task<int> FinishedTodayAsync(HttpClient client) =>
        (await client.GetJsonAsync("/api/stats/finished-per-minute?minutes=1440"))["minutes"]!.AsArray().Sum(m => m!["succeeded"]!.GetValue<int>());

    [Fact]
    public async Task OtherKey_SearchByIdOrInput_FindsNothingOfTheFirstKeys()
    {
        var marker = "Secret-" + Guid.NewGuid().ToString("N");
        var alices = await _alice.SubmitAsync($$"""{"type":"noop","inputs":{"steps":1,"note":"{{marker}}"} }""");

        var byId = await _bob.GetJsonAsync($"/api/jobs?q={alices}");
        var byText = await _bob.GetJsonAsync($"/api/jobs?q={marker}");
        var own = await _alice.GetJsonAsync($"/api/jobs?q={marker}");

        Assert.Equal(0, byId["total"]!.GetValue<int>());
        Assert.Equal(0, byText["total"]!.GetValue<int>());
        Assert.Equal(1, own["total"]!.GetValue<int>());
    }

    [Fact]
    public async Task OtherKey_BatchList_ShowsOnlyItsOwnBatches_AdminSeesBoth()
    {
        var alices = await SubmitBatchAsync(_alice);
        var bobs = await SubmitBatchAsync(_bob);
        using var root = fixture.Client(AuthServerFixture.RootKey);

        var seenByAlice = await BatchIdsAsync(_alice);
        var seenByBob = await BatchIdsAsync(_bob);
        var seenByRoot = await BatchIdsAsync(root);

        Assert.Contains(alices, seenByAlice);
        Assert.DoesNotContain(bobs, seenByAlice);
        Assert.Contains(bobs, seenByBob);
        Assert.DoesNotContain(alices, seenByBob);
        Assert.Contains(alices, seenByRoot);
        Assert.Contains(bobs, seenByRoot);
    }

    private static async Task<string> SubmitBatchAsync(HttpClient client)
    {
        using var response = await client.PostJsonAsync("/api/jobs/batch", """{"name":"mine","jobs":[{"type":"noop"}]}""");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return (await response.ReadJsonAsync())["batchId"]!.GetValue<string>();
    }

    private static async Task<List<string>> BatchIdsAsync(HttpClient client) =>
        [.. (await client.GetJsonAsync("/api/jobs/batches?limit=500"))["items"]!.AsArray().Select(b => b!["batchId"]!.GetValue<string>())];
}
