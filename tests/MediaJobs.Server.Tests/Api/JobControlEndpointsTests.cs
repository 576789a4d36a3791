using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

[Trait("Tier", "Fast")]
public sealed class JobControlEndpointsTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Cancel_RunningJob_Returns202AndJobEndsCancelled()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"block"}""");
        await _client.WaitForRunningAsync(id);

        using var response = await _client.PostAsync($"/api/jobs/{id}/cancel", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal(id, body["jobId"]!.GetValue<string>());
        // Answered once the job has stopped: its status then is the truth.
        Assert.Equal("Job cancelled", body["message"]!.GetValue<string>());
        Assert.Equal("Cancelled", body["currentStatus"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(body["correlationId"]?.GetValue<string>()));
        var job = await _client.WaitForFinalAsync(id);
        Assert.Equal("Cancelled", job["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Cancel_FinishedJob_Returns409()
    {
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        using var response = await _client.PostAsync($"/api/jobs/{id}/cancel", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("cancel", "01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("cancel", "..%2F..%2Fetc%2Fpasswd")]
    [InlineData("retry", "01234567-89ab-7def-8123-456789abcdef")]
    [InlineData("retry", "not-an-id")]
    public async Task Control_UnknownJob_Returns404(string action, string id)
    {
        using var response = await _client.PostAsync($"/api/jobs/{id}/{action}", null);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Retry_FailedJob_Returns202AndRunsANewAttempt()
    {
        var id = await _client.SubmitAsync("""{"type":"test","preset":"fail"}""");
        var failed = await _client.WaitForFinalAsync(id);
        Assert.Equal("Failed", failed["status"]!.GetValue<string>());
        Assert.Equal("TestFailure", failed["errors"]![0]!["code"]!.GetValue<string>());

        using var response = await _client.PostAsync($"/api/jobs/{id}/retry?strategy=manual", null);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("Queued", body["currentStatus"]!.GetValue<string>());
        Assert.Equal(2, body["attempt"]!.GetValue<int>());
        var again = await _client.WaitForFinalAsync(id);
        Assert.Equal(2, again["attempt"]!.GetValue<int>());
        Assert.Equal("Failed", again["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Retry_SucceededJob_Returns409()
    {
        var id = await _client.SubmitNoopAsync();
        await _client.WaitForFinalAsync(id);

        using var response = await _client.PostAsync($"/api/jobs/{id}/retry", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
    }
}
