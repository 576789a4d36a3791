using System.Text.RegularExpressions;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Correlation;

[Trait("Tier", "Fast")]
public sealed partial class CorrelationMiddlewareTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GivenHeader_EchoedAndStoredOnTheJobAndItsEvents()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/jobs")
        {
            Content = new StringContent("""{"type":"noop"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Correlation-ID", "my-correlation-id");

        using var response = await _client.SendAsync(request);

        Assert.Equal("my-correlation-id", response.Headers.GetValues("X-Correlation-ID").Single());
        var body = await response.ReadJsonAsync();
        Assert.Equal("my-correlation-id", body["correlationId"]!.GetValue<string>());
        var id = body["jobId"]!.GetValue<string>();
        var events = await _client.ReadJobEventsAsync(id);
        Assert.All(events, e => Assert.Equal("my-correlation-id", e.Data!["correlationId"]!.GetValue<string>()));
        Assert.Equal("my-correlation-id", (await _client.GetJobAsync(id))["correlationId"]!.GetValue<string>());
    }

    [Fact]
    public async Task NoHeader_GeneratesThirtyTwoHexCharacters()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Matches(HexId(), response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Theory]
    [InlineData(129)]
    [InlineData(0)]
    public async Task InvalidHeader_IsReplacedByAGeneratedId(int length)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/healthz");
        request.Headers.TryAddWithoutValidation("X-Correlation-ID", length == 0 ? "bad\u0001id" : new string('a', length));

        using var response = await _client.SendAsync(request);

        Assert.Matches(HexId(), response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [Fact]
    public async Task MaxLengthHeader_IsKept()
    {
        var id = new string('b', 128);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/stats");
        request.Headers.Add("X-Correlation-ID", id);

        using var response = await _client.SendAsync(request);

        Assert.Equal(id, response.Headers.GetValues("X-Correlation-ID").Single());
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex HexId();
}
