using System.Net;
using System.Text;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>With keys, the runtime settings are the admin's: another key can neither read nor change them.</summary>
[Trait("Tier", "Fast")]
public sealed class SettingsAuthTests(AuthServerFixture server) : IClassFixture<AuthServerFixture>
{
    [Fact]
    public async Task Settings_NonAdminKey_IsForbidden_AdminKeyReadsAndChanges()
    {
        using var bob = server.Client(AuthServerFixture.BobKey);
        using var root = server.Client(AuthServerFixture.RootKey);

        using var bobReads = await bob.GetAsync("/api/settings");
        using var bobPatches = await bob.PatchAsync("/api/settings", Json("""{"MediaJobs:Transcode:HevcCrf": 20}"""));
        using var rootReads = await root.GetAsync("/api/settings");
        using var rootPatches = await root.PatchAsync("/api/settings", Json("""{"MediaJobs:Transcode:HevcCrf": 20}"""));

        await bobReads.AssertProblemAsync(HttpStatusCode.Forbidden);
        await bobPatches.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, rootReads.StatusCode);
        Assert.Equal("20", (string?)(await rootPatches.ReadJsonAsync())["settings"]!["MediaJobs:Transcode:HevcCrf"]);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
