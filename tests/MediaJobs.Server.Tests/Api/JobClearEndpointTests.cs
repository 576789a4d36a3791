using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobClearEndpointTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Clear_Default_RemovesFinishedButNeverRunning()
    {
        var running = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(running);
        var done = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(done);

        using var response = await _client.PostAsync("/api/jobs/clear", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadJsonAsync();
        var removed = body["jobIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(done, removed);
        Assert.DoesNotContain(running, removed);
        Assert.Equal(removed.Count, body["removed"]!.GetValue<int>());
        Assert.Equal("Running", (await _client.GetJobAsync(running))["status"]!.GetValue<string>());
        using var gone = await _client.GetAsync($"/api/jobs/{done}");
        await gone.AssertProblemAsync(HttpStatusCode.NotFound);
        using var _ = await _client.PostAsync($"/api/jobs/{running}/cancel", null);
    }

    [Fact]
    public async Task Clear_StatusFilter_RemovesOnlyThoseStatuses()
    {
        var failed = await _client.SubmitAsync("""{"type":"test","preset":"fail"}""");
        var succeeded = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(failed);
        await _client.WaitForFinalAsync(succeeded);

        using var response = await _client.PostAsync("/api/jobs/clear?status=failed", null);

        var removed = (await response.ReadJsonAsync())["jobIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(failed, removed);
        Assert.DoesNotContain(succeeded, removed);
    }

    [Fact]
    public async Task Clear_TypeFilter_RemovesOnlyThoseTypes()
    {
        var otherType = await _client.SubmitAsync("""{"type":"test","preset":"fail"}""");
        var noop = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(otherType);
        await _client.WaitForFinalAsync(noop);

        using var response = await _client.PostAsync("/api/jobs/clear?type=noop,nonexistent", null);

        var removed = (await response.ReadJsonAsync())["jobIds"]!.AsArray().Select(n => n!.GetValue<string>()).ToList();
        Assert.Contains(noop, removed);
        Assert.DoesNotContain(otherType, removed);
        Assert.Equal("Failed", (await _client.GetJobAsync(otherType))["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Running")]
    [InlineData("Succeeded,Running")]
    [InlineData("Finished")]
    public async Task Clear_RunningOrUnknownStatus_Returns400(string status)
    {
        using var response = await _client.PostAsync($"/api/jobs/clear?status={status}", null);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("status", problem["field"]!.GetValue<string>());
    }
}
