using System.Net;
using System.Text;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary>
/// <c>GET/PATCH /api/settings</c> on two nodes sharing one store: changes by the start-up rules, all or none, visible
/// on the other node, refused when stale (If-Match), and never lost when both nodes write at once.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class SettingsEndpointsTests(SettingsNodes nodes) : IClassFixture<SettingsNodes>
{
    private const string Settings = "/api/settings";

    [Fact]
    public async Task Get_ListsEveryRuntimeKeyWithItsValue_AndTheVersionAsETag()
    {
        using var response = await nodes.ClientA.GetAsync(Settings);
        var body = await response.ReadJsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"\"{(long)body["version"]!}\"", response.Headers.ETag?.ToString());
        var settings = body["settings"]!.AsObject();
        Assert.Equal("medium", (string?)settings["MediaJobs:Transcode:X265Preset"]);
        Assert.True(settings.ContainsKey("MediaJobs:Transcode:HevcCrf"), body.ToJsonString());
        Assert.True(settings.ContainsKey("MediaJobs:Notifications:Pushover:Token"), body.ToJsonString());
        Assert.True(settings.ContainsKey("MediaJobs:Compat:ShrinkRay:KeepOriginals"), body.ToJsonString());
    }

    [Fact]
    public async Task Patch_ValidChange_IsAnsweredWithTheNewVersion_AndVisibleOnTheOtherNode()
    {
        var before = (long)(await nodes.ClientA.GetJsonAsync(Settings))["version"]!;

        using var patched = await PatchAsync(nodes.ClientA, """{"MediaJobs:Transcode:Av1Crf": 40}""");
        var answer = await patched.ReadJsonAsync();
        var onB = await nodes.ClientB.GetJsonAsync(Settings);

        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("40", (string?)answer["settings"]!["MediaJobs:Transcode:Av1Crf"]);
        Assert.True((long)answer["version"]! > before, answer.ToJsonString());
        Assert.Equal("40", (string?)onB["settings"]!["MediaJobs:Transcode:Av1Crf"]);
        Assert.Equal((long)answer["version"]!, (long)onB["version"]!);
    }

    [Theory]
    [InlineData("""{"MediaJobs:Transcode:X265Preset": "slow", "MediaJobs:Transcode:HevcCrf": 99}""", "MediaJobs:Transcode:HevcCrf")]
    [InlineData("""{"MediaJobs:Transcode:X265Preset": "slow", "MediaJobs:Engine:LeaseDuration": "00:00:09"}""", "MediaJobs:Engine:LeaseDuration")]
    [InlineData("""{"MediaJobs:Transcode:X265Preset": "slow", "MediaJobs:Transcode:HevcCrf": {"n": 1}}""", "MediaJobs:Transcode:HevcCrf")]
    public async Task Patch_RefusedValue_Is400NamingTheKey_AndNothingIsHalfApplied(string body, string key)
    {
        var before = await nodes.ClientA.GetJsonAsync(Settings);

        using var refused = await PatchAsync(nodes.ClientA, body);
        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        var after = await nodes.ClientA.GetJsonAsync(Settings);

        Assert.Equal(key, (string?)problem["field"]);
        Assert.Contains(key, (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(before.ToJsonString(), after.ToJsonString());
    }

    [Fact]
    public async Task Patch_StaleIfMatch_Is412_AndChangesNothing()
    {
        var version = (long)(await nodes.ClientA.GetJsonAsync(Settings))["version"]!;
        using var first = await PatchAsync(nodes.ClientB, """{"MediaJobs:Transcode:SvtAv1Preset": 7}""", $"\"{version}\"");

        using var stale = await PatchAsync(nodes.ClientA, """{"MediaJobs:Transcode:SvtAv1Preset": 9}""", $"\"{version}\"");
        await stale.AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        var after = await nodes.ClientA.GetJsonAsync(Settings);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("7", (string?)after["settings"]!["MediaJobs:Transcode:SvtAv1Preset"]);
        Assert.Equal($"\"{(long)after["version"]!}\"", stale.Headers.ETag?.ToString());
    }

    [Fact]
    public async Task Patch_ConcurrentOnBothNodes_EveryChangeLands()
    {
        var version = (long)(await nodes.ClientA.GetJsonAsync(Settings))["version"]!;
        string[] types = ["noop", "test-a", "test-b", "test-c", "test-d", "test-e", "test-f", "test-g"];

        var answers = await Task.WhenAll(types.Select((type, i) =>
            PatchAsync(i % 2 == 0 ? nodes.ClientA : nodes.ClientB, $$"""{"MediaJobs:Engine:Concurrency:{{type}}": {{i + 1}}}""")));
        var after = await nodes.ClientB.GetJsonAsync(Settings);

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        for (var i = 0; i < types.Length; i++)
        {
            Assert.Equal($"{i + 1}", (string?)after["settings"]![$"MediaJobs:Engine:Concurrency:{types[i]}"]);
        }
        Assert.Equal(version + types.Length, (long)after["version"]!);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }

    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string json, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, Settings) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }
}
