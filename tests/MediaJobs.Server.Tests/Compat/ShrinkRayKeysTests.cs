using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>On this surface too, a key sees only its own jobs, and node-wide controls need an admin key.</summary>
[Trait("Tier", "Media")]
public sealed class ShrinkRayKeysTests(ShrinkRayKeysServer server) : IClassFixture<ShrinkRayKeysServer>
{
    private const string Base = "/compat/shrinkray";

    [Fact]
    public async Task OtherKey_SeesNotFound_AdminControls_Need403()
    {
        using var alice = server.Client(ShrinkRayKeysServer.AliceKey);
        using var bob = server.Client(ShrinkRayKeysServer.BobKey);
        using var root = server.Client(ShrinkRayKeysServer.RootKey);
        using var nobody = server.Client(null);
        var source = server.CopySource("Keys-" + Guid.NewGuid().ToString("N"));

        using (var forbidden = await bob.PostAsync($"{Base}/api/queue/pause", null))
        {
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
            Assert.Equal(["error"], (await forbidden.ReadJsonAsync()).Select(p => p.Key));
        }
        using (var anonymous = await nobody.GetAsync($"{Base}/api/jobs"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        }
        using (var paused = await root.PostAsync($"{Base}/api/queue/pause", null))
        {
            Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        }
        try
        {
            var id = await alice.SubmitAsync(new JsonObject { ["type"] = "transcode", ["preset"] = "compress-hevc", ["inputs"] = new JsonObject { ["path"] = source } }.ToJsonString());

            using (var own = await alice.GetAsync($"{Base}/api/jobs/{id}"))
            {
                Assert.Equal(HttpStatusCode.OK, own.StatusCode);
            }
            using (var other = await bob.GetAsync($"{Base}/api/jobs/{id}"))
            {
                Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
                Assert.Equal(["error"], (await other.ReadJsonAsync()).Select(p => p.Key));
            }
            using (var otherCancel = await bob.DeleteAsync($"{Base}/api/jobs/{id}"))
            {
                Assert.Equal(HttpStatusCode.NotFound, otherCancel.StatusCode);
            }
            Assert.DoesNotContain((await bob.GetJsonAsync($"{Base}/api/jobs"))["jobs"]!.AsArray(), j => (string?)j!["id"] == id);
            Assert.Contains((await root.GetJsonAsync($"{Base}/api/jobs"))["jobs"]!.AsArray(), j => (string?)j!["id"] == id);
            using var cancel = await alice.DeleteAsync($"{Base}/api/jobs/{id}");
            Assert.Equal("""{"status":"cancelled"}""", await cancel.Content.ReadAsStringAsync());
        }
        finally
        {
            using var resumed = await root.PostAsync($"{Base}/api/queue/resume", null);
            Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        }
    }

    [Fact]
    public async Task ConfigChangesAndPushoverTest_NeedAnAdminKey_ReadsHideTheSecrets()
    {
        using var alice = server.Client(ShrinkRayKeysServer.AliceKey);
        using var nobody = server.Client(null);
        using var root = server.Client(ShrinkRayKeysServer.RootKey);

        using var put = await alice.PutAsync($"{Base}/api/config", new StringContent("""{"workers": 2}""", System.Text.Encoding.UTF8, "application/json"));
        using var pushover = await alice.PostAsync($"{Base}/api/pushover/test", null);
        using var anonymous = await nobody.GetAsync($"{Base}/api/config");
        using var browse = await nobody.GetAsync($"{Base}/api/browse");
        var config = await alice.GetJsonAsync($"{Base}/api/config");
        var rootConfig = await root.GetJsonAsync($"{Base}/api/config");

        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, pushover.StatusCode);
        Assert.Equal(["error"], (await put.ReadJsonAsync()).Select(p => p.Key));
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, browse.StatusCode);
        Assert.Equal(1, (int)config["workers"]!);
        Assert.Equal(1, (int)rootConfig["workers"]!);
    }
}

