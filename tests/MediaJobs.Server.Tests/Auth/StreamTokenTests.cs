using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary><c>POST /api/stream-tokens</c> and <c>?access_token=</c>: EventSource without a key in the URL.</summary>
[Trait("Tier", "Fast")]
public sealed class StreamTokenTests(AuthServerFixture fixture) : IClassFixture<AuthServerFixture>
{
    private readonly HttpClient _alice = fixture.Client(AuthServerFixture.AliceKey);
    private readonly HttpClient _bob = fixture.Client(AuthServerFixture.BobKey);
    private readonly HttpClient _anonymous = fixture.Client(null);

    [Fact]
    public async Task Token_NamesTheKeyIdNeverTheKey_AndExpires()
    {
        using var response = await _bob.PostAsync("/api/stream-tokens", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore);
        var body = await response.ReadJsonAsync();
        var token = body["token"]!.GetValue<string>();
        Assert.Equal("bob", body["keyId"]!.GetValue<string>());
        Assert.False(body["admin"]!.GetValue<bool>());
        Assert.DoesNotContain(AuthServerFixture.BobKey, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(PadBase64(token.Split('.')[0]))), StringComparison.Ordinal);
        var expires = body["expiresUtc"]!.GetValue<DateTimeOffset>();
        Assert.InRange(expires - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(6));
    }

    [Fact]
    public async Task WithoutKey_NoToken()
    {
        using var response = await _anonymous.PostAsync("/api/stream-tokens", null);

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task GlobalStream_WithBobsToken_SeesOnlyBobsJobs()
    {
        var token = await TokenAsync(_bob);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var stream = await _anonymous.OpenSseAsync($"/api/jobs/stream?access_token={token}", ct: cts.Token);
        var alices = await _alice.SubmitNoopAsync();
        await _alice.WaitForFinalAsync(alices);
        var bobs = await _bob.SubmitNoopAsync();

        var seen = await ApiClient.ReadGlobalUntilCompletedAsync(stream, bobs, cts.Token);

        Assert.Equal([bobs], seen.Where(m => m.Data is not null).Select(m => (string?)m.Data!["jobId"]).Distinct().ToList());
    }

    [Fact]
    public async Task JobStream_WithToken_OwnJobStreams_OtherKeysJobGetsNoToken()
    {
        var alices = await _alice.SubmitNoopAsync();
        await _alice.WaitForFinalAsync(alices);
        var aliceToken = await TokenAsync(_alice, alices);

        using var own = await _anonymous.OpenSseAsync($"/api/jobs/{alices}/events?access_token={aliceToken}");
        using var bobAsks = await _bob.PostAsync($"/api/stream-tokens?jobId={alices}", null);

        Assert.Contains("event: job-completed", await own.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await bobAsks.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task JobToken_OpensOnlyItsOwnJob_NotAnotherOfTheSameKey_NorTheGlobalStream()
    {
        var first = await _bob.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        var second = await _bob.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _bob.WaitForFinalAsync(first);
        await _bob.WaitForFinalAsync(second);
        var token = await TokenAsync(_bob, first);

        using var own = await _anonymous.GetAsync($"/api/jobs/{first}/output?access_token={token}");
        using var otherOutput = await _anonymous.GetAsync($"/api/jobs/{second}/output?access_token={token}");
        using var otherArchive = await _anonymous.GetAsync($"/api/jobs/{second}/download-archive?access_token={token}");
        using var otherEvents = await SseAsync($"/api/jobs/{second}/events?access_token={token}");
        using var global = await SseAsync($"/api/jobs/stream?access_token={token}");

        Assert.Equal(TestPipeline.ArtifactText, await own.Content.ReadAsStringAsync());
        await otherOutput.AssertProblemAsync(HttpStatusCode.Forbidden);
        await otherArchive.AssertProblemAsync(HttpStatusCode.Forbidden);
        await otherEvents.AssertProblemAsync(HttpStatusCode.Forbidden);
        await global.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task GlobalToken_OnAJobsEventsOrFiles_Is403()
    {
        var bobs = await _bob.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _bob.WaitForFinalAsync(bobs);
        var token = await TokenAsync(_bob);

        using var events = await SseAsync($"/api/jobs/{bobs}/events?access_token={token}");
        using var output = await _anonymous.GetAsync($"/api/jobs/{bobs}/output?access_token={token}");

        var problem = await events.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Contains("jobId", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await output.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/jobs")]
    [InlineData("/api/queue")]
    [InlineData("/api/stats")]
    public async Task Token_OnANonStreamRoute_Is401(string url)
    {
        var token = await TokenAsync(_bob);

        using var response = await _anonymous.GetAsync($"{url}?access_token={token}");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OnADownload_ServesTheOwnersFile_NotAnotherKeys()
    {
        var alices = await _alice.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        var bobs = await _bob.SubmitAsync("""{"type":"test","preset":"artifact"}""");
        await _alice.WaitForFinalAsync(alices);
        await _bob.WaitForFinalAsync(bobs);

        using var own = await _anonymous.GetAsync($"/api/jobs/{alices}/output?access_token={await TokenAsync(_alice, alices)}");
        using var others = await _anonymous.GetAsync($"/api/jobs/{alices}/output?access_token={await TokenAsync(_bob, bobs)}");
        using var cancel = await _anonymous.PostAsync($"/api/jobs/{alices}/cancel?access_token={await TokenAsync(_alice, alices)}", null);

        Assert.Equal(TestPipeline.ArtifactText, await own.Content.ReadAsStringAsync());
        await others.AssertProblemAsync(HttpStatusCode.Forbidden);
        await cancel.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_OnTheJsonFormOfEvents_Is401()
    {
        var bobs = await _bob.SubmitNoopAsync();
        var token = await TokenAsync(_bob, bobs);

        using var response = await _anonymous.GetAsync($"/api/jobs/{bobs}/events?access_token={token}");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b")]
    [InlineData("YWxpY2V8MXw5OTk5OTk5OTk5.AAAA")]
    [InlineData("..")]
    public async Task ForgedOrMalformedToken_Is401WithInvalidToken(string token)
    {
        using var response = await SseAsync($"/api/jobs/stream?access_token={Uri.EscapeDataString(token)}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("stream token", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TamperedToken_AdminFlagFlipped_Is401()
    {
        var token = await TokenAsync(_bob);
        var claims = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(PadBase64(token.Split('.')[0])));
        var forged = claims.Replace("|0|", "|1|", StringComparison.Ordinal);
        var forgedToken = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(forged)).TrimEnd('=').Replace('+', '-').Replace('/', '_') + "." + token.Split('.')[1];

        using var response = await SseAsync($"/api/jobs/stream?access_token={forgedToken}");

        Assert.NotEqual(claims, forged);
        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private static async Task<string> TokenAsync(HttpClient client, string? jobId = null)
    {
        using var response = await client.PostAsync("/api/stream-tokens" + (jobId is null ? "" : "?jobId=" + jobId), null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> SseAsync(string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        return _anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    private static string PadBase64(string base64Url)
    {
        var s = base64Url.Replace('-', '+').Replace('_', '/');
        return s + new string('=', (4 - (s.Length % 4)) % 4);
    }
}
