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
}
