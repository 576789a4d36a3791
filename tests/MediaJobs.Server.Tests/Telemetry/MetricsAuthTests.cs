using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Telemetry;

/// <summary>On a keyed server the node-wide numbers are for admins: no key 401, a plain key 403, an admin key 200.</summary>
[Trait("Tier", "Fast")]
public sealed class MetricsAuthTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key", HttpStatusCode.Unauthorized)]
    [InlineData(AuthServerFixture.BobKey, HttpStatusCode.Forbidden)]
    public async Task Metrics_WithoutAdminKey_IsAProblem(string? key, HttpStatusCode expected)
    {
        using var client = fixture.Client(key);

        using var response = await client.GetAsync("/metrics");

        await response.AssertProblemAsync(expected);
    }

    [Fact]
    public async Task Metrics_WithAdminKey_IsPrometheusText()
    {
        using var client = fixture.Client(AuthServerFixture.RootKey, asApiKeyHeader: true);
        await client.SubmitNoopAsync();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("mediajobs_queue_jobs{status=", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
