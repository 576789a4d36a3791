using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Webhooks;

/// <summary>Settings and checks shared by the webhook tests.</summary>
public static class WebhookTestKit
{
    public static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    public static readonly string Secret = "whsec_" + Convert.ToBase64String(Key);

    /// <summary>Fast retries (50 ms steps), loopback allowed for the local receiver.</summary>
    public static Dictionary<string, string?> Settings(int attempts = 6, bool allowLoopback = true)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MediaJobs:Webhooks:Secret"] = Secret,
            ["MediaJobs:Webhooks:PollInterval"] = "00:00:00.200",
            ["MediaJobs:Webhooks:Timeout"] = "00:00:05",
        };
        for (var i = 0; i < attempts; i++)
        {
            settings[$"MediaJobs:Webhooks:Schedule:{i}"] = i == 0 ? "00:00:00" : "00:00:00.050";
        }
        if (allowLoopback)
        {
            settings["MediaJobs:Webhooks:AllowedHosts:0"] = "127.0.0.1";
        }
        return settings;
    }

    public static string NoopWithWebhook(string url, string? token = "tok-1", string? clientJobId = "client-7", int steps = 2) => new JsonObject
    {
        ["type"] = "noop",
        ["inputs"] = new JsonObject { ["steps"] = steps },
        ["options"] = new JsonObject { ["webhook"] = new JsonObject { ["url"] = url, ["token"] = token, ["jobId"] = clientJobId } },
    }.ToJsonString();

    public static JsonObject Json(this ReceivedWebhook hook) => JsonNode.Parse(hook.Body)!.AsObject();

    public static string? Phase(this ReceivedWebhook hook) => (string?)hook.Json()["phase"];

    /// <summary>Recomputes the Standard Webhooks signature with the test's secret and checks the headers.</summary>
    public static void AssertSigned(ReceivedWebhook hook)
    {
        var id = hook.Header("webhook-id");
        var timestamp = hook.Header("webhook-timestamp");
        var signature = hook.Header("webhook-signature");
        Assert.NotNull(id);
        Assert.StartsWith("msg_", id, StringComparison.Ordinal);
        Assert.NotNull(timestamp);
        var seconds = long.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(1).ToUnixTimeSeconds());
        var expected = "v1," + Convert.ToBase64String(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{id}.{timestamp}.{hook.Body}")));
        Assert.Equal(expected, signature);
        Assert.StartsWith("application/json", hook.Header("content-type"), StringComparison.Ordinal);
    }

    /// <summary>Reads the global stream from the start until an event matches (no sleeps).</summary>
    public static async Task<SseMessage> WaitForEventAsync(this HttpClient client, Func<SseMessage, bool> match)
    {
        using var cts = new CancellationTokenSource(ApiClient.Timeout);
        using var response = await client.OpenSseAsync("/api/jobs/stream?after=0", ct: cts.Token);
        await foreach (var m in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            if (m.Type is not null && match(m))
            {
                return m;
            }
        }
        throw new TimeoutException("the stream ended");
    }

    public static Task<SseMessage> WaitForWebhookOutcomeAsync(this HttpClient client, string jobId, string webhook, string type = "webhook-delivered") =>
        client.WaitForEventAsync(m => m.Type == type && (string?)m.Data?["jobId"] == jobId && (string?)m.Data?["webhook"] == webhook);
}
