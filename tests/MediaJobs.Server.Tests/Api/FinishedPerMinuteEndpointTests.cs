using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class FinishedPerMinuteEndpointTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Get_AfterASuccessAndAFailure_CountsBothInConsecutiveMinutesEndingNow()
    {
        var before = Totals(await _client.GetJsonAsync("/api/stats/finished-per-minute?minutes=1440"));
        var succeeded = await _client.SubmitNoopAsync(1);
        var failed = await _client.SubmitAsync("""{"type":"test","preset":"fail"}""");
        await _client.WaitForFinalAsync(succeeded);
        await _client.WaitForFinalAsync(failed);

        var body = await _client.GetJsonAsync("/api/stats/finished-per-minute?minutes=1440");

        var minutes = body["minutes"]!.AsArray().Select(m => DateTimeOffset.Parse(m!["minute"]!.GetValue<string>(), CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(1440, minutes.Count);
        Assert.All(minutes.Zip(minutes.Skip(1)), pair => Assert.Equal(TimeSpan.FromMinutes(1), pair.Second - pair.First));
        Assert.InRange(DateTimeOffset.UtcNow - minutes[^1], TimeSpan.Zero, TimeSpan.FromMinutes(2));
        var after = Totals(body);
        Assert.True(after.Succeeded >= before.Succeeded + 1, $"{before} -> {after}");
        Assert.True(after.Failed >= before.Failed + 1, $"{before} -> {after}");
    }

    [Fact]
    public async Task Get_WithoutMinutes_AnswersTheLastHour()
    {
        var body = await _client.GetJsonAsync("/api/stats/finished-per-minute");

        Assert.Equal(60, body["minutes"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("minutes=0")]
    [InlineData("minutes=1441")]
    [InlineData("minutes=-5")]
    [InlineData("minutes=sixty")]
    [InlineData("minutes=1e3")]
    public async Task Get_BadMinutes_Is400NamingMinutes(string query)
    {
        using var response = await _client.GetAsync($"/api/stats/finished-per-minute?{query}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("minutes", problem["field"]!.GetValue<string>());
    }

    private static (int Succeeded, int Failed) Totals(JsonObject body) =>
        (body["minutes"]!.AsArray().Sum(m => m!["succeeded"]!.GetValue<int>()), body["minutes"]!.AsArray().Sum(m => m!["failed"]!.GetValue<int>()));
}
