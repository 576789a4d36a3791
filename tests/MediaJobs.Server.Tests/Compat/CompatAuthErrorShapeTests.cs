using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>A refused key on a compat surface answers in that surface's own error shape, still with the Bearer challenge.</summary>
[Trait("Tier", "Fast")]
public sealed class CompatAuthErrorShapeTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    [Theory]
    [InlineData(null, "/compat/moneyprinter/api/jobs/a1b2c3d4", """["status","message"]""")]
    [InlineData("not-a-key", "/compat/moneyprinter/api/jobs/a1b2c3d4/events", """["status","message"]""")]
    [InlineData(null, "/compat/shrinkray/api/jobs", """["error"]""")]
    [InlineData("not-a-key", "/compat/shrinkray/api/stats", """["error"]""")]
    [InlineData(null, "/compat/secretary/api/jobs/job-id-123", """["status","error"]""")]
    [InlineData(null, "/api/v1/jobs", """["error"]""")]
    [InlineData("not-a-key", "/api/v1/status/abc", """["error"]""")]
    public async Task MissingOrWrongKey_Is401InTheSurfacesShape(string? key, string url, string keys)
    {
        using var client = fixture.Client(key);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal(System.Text.Json.JsonSerializer.Deserialize<string[]>(keys), body.Select(p => p.Key));
        var words = body["error"] is System.Text.Json.Nodes.JsonObject envelope ? (string?)envelope["message"] : (string?)(body["message"] ?? body["error"]);
        Assert.Contains("API key", words, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_401_CarriesTheUnauthorizedCode()
    {
        using var client = fixture.Client(null);

        using var response = await client.PostJsonAsync("/compat/secretary/api/jobs/", """{"job_type": "transformer", "parameters": {"text": "x"}}""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var body = await response.ReadJsonAsync();
        Assert.Equal("error", (string?)body["status"]);
        Assert.Equal("UNAUTHORIZED", (string?)body["error"]!["code"]);
    }

    [Fact]
    public async Task UnknownPathUnderACompatBase_StaysAProblem()
    {
        using var client = fixture.Client(null);

        using var response = await client.GetAsync("/compat/moneyprinter/no-such-route");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
