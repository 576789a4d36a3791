using System.Net;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Auth;

/// <summary>
/// A stream token dies with its key: checked by a server with the same secret whose configuration no longer has the
/// key (removed, or its id given another key), it is a 401; a key still configured keeps its tokens working.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class StreamTokenRevocationTests
{
    private const string Secret = "shared-stream-token-secret";
    private const string AliceKey = "key-alice-revoke-0123";
    private const string BobKey = "key-bob-revoke-0123";

    [Fact]
    public async Task Token_AfterItsKeyIsRemovedOrReplaced_Is401_OtherKeysTokenStillWorks()
    {
        string aliceToken, bobToken;
        using (var before = Server(("alice", AliceKey), ("bob", BobKey)))
        {
            aliceToken = await TokenAsync(before, AliceKey);
            bobToken = await TokenAsync(before, BobKey);
        }
        using var bobRemoved = Server(("alice", AliceKey));
        using var bobReplaced = Server(("alice", AliceKey), ("bob", "key-bob-new-0123456"));

        using var alice = await StreamAsync(bobRemoved, aliceToken);
        using var removed = await StreamAsync(bobRemoved, bobToken);
        using var replaced = await StreamAsync(bobReplaced, bobToken);

        Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
        var problem = await removed.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("stream token", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        await replaced.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Token_WhenItsKeyLostAdmin_CarriesTheKeysCurrentRights()
    {
        string token;
        using (var before = Server(("alice", AliceKey, true), ("bob", BobKey, false)))
        {
            token = await TokenAsync(before, AliceKey);
        }
        using var after = Server(("alice", AliceKey, false), ("bob", BobKey, false));
        using var bob = Client(after, BobKey);
        var bobs = await bob.SubmitNoopAsync(1);
        await bob.WaitForFinalAsync(bobs);
        using var cts = new CancellationTokenSource(ApiClient.Timeout);

        using var stream = await StreamAsync(after, token, "&after=0");
        var text = await ReadForAsync(stream, cts.Token);

        Assert.Equal(HttpStatusCode.OK, stream.StatusCode);
        Assert.DoesNotContain(bobs, text, StringComparison.Ordinal);
    }

    private static MediaJobsServerFactory Server(params (string Id, string Key)[] keys) =>
        Server([.. keys.Select(k => (k.Id, k.Key, false))]);

    private static MediaJobsServerFactory Server(params (string Id, string Key, bool Admin)[] keys)
    {
        var settings = new Dictionary<string, string?> { ["MediaJobs:Auth:StreamTokens:Secret"] = Secret };
        for (var i = 0; i < keys.Length; i++)
        {
            settings[$"MediaJobs:Auth:Keys:{i}:Id"] = keys[i].Id;
            settings[$"MediaJobs:Auth:Keys:{i}:Key"] = keys[i].Key;
            settings[$"MediaJobs:Auth:Keys:{i}:Admin"] = keys[i].Admin ? "true" : "false";
        }
        return new MediaJobsServerFactory(null, settings);
    }

    private static HttpClient Client(MediaJobsServerFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    private static async Task<string> TokenAsync(MediaJobsServerFactory factory, string key)
    {
        using var client = Client(factory, key);
        using var response = await client.PostAsync("/api/stream-tokens", null);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["token"]!.GetValue<string>();
    }

    private static Task<HttpResponseMessage> StreamAsync(MediaJobsServerFactory factory, string token, string extra = "")
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/stream?access_token={Uri.EscapeDataString(token)}{extra}");
        request.Headers.Accept.ParseAdd("text/event-stream");
        return factory.CreateClient().SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }

    /// <summary>The stream's text up to its first heartbeat comment (the replay of past events comes before it).</summary>
    private static async Task<string> ReadForAsync(HttpResponseMessage stream, CancellationToken ct)
    {
        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(ct));
        var text = new System.Text.StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line && !line.StartsWith(": heartbeat", StringComparison.Ordinal))
        {
            text.AppendLine(line);
        }
        return text.ToString();
    }
}
