using System.Net;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Mcp;

/// <summary>/mcp is no anonymous hole: the API key applies, and a key sees only its own jobs through the tools too.</summary>
[Trait("Tier", "Fast")]
public sealed class McpAuthTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    [Theory]
    [InlineData(null)]
    [InlineData("not-a-key")]
    public async Task McpWithoutAValidKey_Is401BeforeAnyTool(string? key)
    {
        using var http = fixture.Client(key);

        using var response = await http.PostJsonAsync("/mcp", """{"jsonrpc":"2.0","id":1,"method":"tools/list"}""");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        await Assert.ThrowsAnyAsync<HttpRequestException>(() => McpTestClient.ConnectAsync(http));
    }

    [Fact]
    public async Task OtherKeysJob_IsNotFoundForEveryTool_OwnAndAdminSeeIt()
    {
        using var aliceHttp = fixture.Client(AuthServerFixture.AliceKey);
        using var bobHttp = fixture.Client(AuthServerFixture.BobKey, asApiKeyHeader: true);
        using var rootHttp = fixture.Client(AuthServerFixture.RootKey);
        await using var alice = await McpTestClient.ConnectAsync(aliceHttp);
        await using var bob = await McpTestClient.ConnectAsync(bobHttp);
        await using var root = await McpTestClient.ConnectAsync(rootHttp);
        var id = (string)(await alice.CallToolAsync("submit_noop", new Dictionary<string, object?> { ["inputs"] = new Dictionary<string, object> { ["steps"] = 1 } })).Json()["jobId"]!;

        foreach (var tool in new[] { "get_job", "wait_for_job", "cancel_job", "retry_job", "get_job_results" })
        {
            var answer = await bob.CallToolAsync(tool, new Dictionary<string, object?> { ["jobId"] = id });
            Assert.True(answer.IsError, tool);
            Assert.EndsWith($"No job with id '{id}'.", answer.Text(), StringComparison.Ordinal);
        }
        var bobsList = (await bob.CallToolAsync("list_jobs", new Dictionary<string, object?>())).Json();
        var alicesJob = (await alice.CallToolAsync("wait_for_job", new Dictionary<string, object?> { ["jobId"] = id, ["timeoutSeconds"] = 20 })).Json();
        var rootsView = (await root.CallToolAsync("get_job", new Dictionary<string, object?> { ["jobId"] = id })).Json();

        Assert.DoesNotContain(bobsList["jobs"]!.AsArray(), j => (string?)j!["jobId"] == id);
        Assert.Equal("Succeeded", (string?)alicesJob["status"]);
        Assert.Equal("alice", (string?)rootsView["owner"]);
    }
}
