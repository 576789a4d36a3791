using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Auth;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>Seed 003's <c>Authorization: Bearer YOUR_API_KEY</c>: the key owns the job; another key sees a 404 in the seed's shape.</summary>
[Trait("Tier", "Fast")]
public sealed class SecretaryAuthTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private const string Base = "/compat/secretary";
    private const string Transformer = """{"job_type": "transformer", "parameters": {"text": "The board approved the plan."}}""";
    private readonly HttpClient _alice = fixture.Client(AuthServerFixture.AliceKey);
    private readonly HttpClient _bob = fixture.Client(AuthServerFixture.BobKey);

    [Fact]
    public async Task BearerKey_OwnsJobAndBatch_OtherKeyGetsSeed404_NoKeyIs401()
    {
        using var created = await _alice.PostJsonAsync($"{Base}/api/jobs/", Transformer);
        var job = (await created.ReadJsonAsync())["data"]!["job"]!;
        var id = (string)job["job_id"]!;
        using var batchCreated = await _alice.PostJsonAsync($"{Base}/api/jobs/batch", $$"""{"batch_name": "B", "jobs": [{{Transformer}}]}""");
        var batchId = (string)(await batchCreated.ReadJsonAsync())["data"]!["batch_id"]!;
        await _alice.WaitForFinalAsync(id);

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("alice", (string?)job["user_id"]);
        Assert.Equal("completed", (string?)(await _alice.GetJsonAsync($"{Base}/api/jobs/{id}"))["data"]!["status"]);
        foreach (var url in new[] { $"{Base}/api/jobs/{id}", $"{Base}/api/jobs/batch/{batchId}", $"{Base}/api/jobs/{id}/download-archive" })
        {
            using var response = await _bob.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            var body = await response.ReadJsonAsync();
            Assert.Equal("error", (string?)body["status"]);
            Assert.Equal("NOT_FOUND", (string?)body["error"]!["code"]);
        }
        using var anonymous = fixture.Client(null);
        using var refused = await anonymous.PostJsonAsync($"{Base}/api/jobs/", Transformer);
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("Bearer", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.IsType<JsonObject>(JsonNode.Parse(await refused.Content.ReadAsStringAsync()));
    }
}
