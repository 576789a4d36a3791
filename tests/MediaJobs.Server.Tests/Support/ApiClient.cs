using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Support;

/// <summary>Test helpers over the HTTP API. Waits read the SSE stream (no sleeps) under a timeout.</summary>
public static class ApiClient
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Real video renders on a busy 2-core machine: generous, still bounded. The compat surfaces render 1080×1920 shorts
    /// (20 s of them for MoneyPrinter's one paragraph): at load average 45 one took over 180 s.
    /// </summary>
    public static readonly TimeSpan VideoTimeout = TimeSpan.FromSeconds(480);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string contentType = "application/json") =>
        client.PostAsync(url, new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(contentType)));

    /// <summary>Submits a job and returns its id (asserting the 202).</summary>
    public static async Task<string> SubmitAsync(this HttpClient client, string json)
    {
        using var response = await client.PostJsonAsync("/api/jobs", json);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.ReadJsonAsync();
        return body["jobId"]!.GetValue<string>();
    }

    public static Task<string> SubmitNoopAsync(this HttpClient client, int steps = 2) =>
        client.SubmitAsync("{\"type\":\"noop\",\"inputs\":{\"steps\":" + steps.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}");

    public static async Task<JsonObject> ReadJsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static async Task<JsonObject> GetJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }

    public static Task<JsonObject> GetJobAsync(this HttpClient client, string id) => client.GetJsonAsync($"/api/jobs/{id}");

    public static async Task<HttpResponseMessage> OpenSseAsync(this HttpClient client, string url, long? lastEventId = null, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    /// <summary>
    /// Reads a job's event stream until it ends (or <paramref name="until"/> holds). Heartbeat comments are dropped
    /// unless <paramref name="keepHeartbeats"/>: under load one can fall between any two events.
    /// </summary>
    public static async Task<List<SseMessage>> ReadJobEventsAsync(this HttpClient client, string jobId, Func<SseMessage, bool>? until = null, long? lastEventId = null, TimeSpan? timeout = null, bool keepHeartbeats = false)
    {
        using var cts = new CancellationTokenSource(timeout ?? Timeout);
        using var response = await client.OpenSseAsync($"/api/jobs/{jobId}/events", lastEventId, cts.Token);
        var messages = new List<SseMessage>();
        await foreach (var message in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(cts.Token), cts.Token))
        {
            if (message.Comment is not null && !keepHeartbeats)
            {
                continue;
            }
            messages.Add(message);
            if (until?.Invoke(message) == true)
            {
                break;
            }
        }
        return messages;
    }

    /// <summary>Reads the global stream until <paramref name="jobId"/> completes; returns every message read.</summary>
    public static async Task<List<SseMessage>> ReadGlobalUntilCompletedAsync(HttpResponseMessage stream, string jobId, CancellationToken ct)
    {
        var seen = new List<SseMessage>();
        await foreach (var m in SseReader.ReadAsync(await stream.Content.ReadAsStreamAsync(ct), ct))
        {
            seen.Add(m);
            if (m.Type == "job-completed" && (string?)m.Data?["jobId"] == jobId)
            {
                break;
            }
        }
        return seen;
    }

    /// <summary>Waits for the job's stream to end (after its terminal event) and returns the job.</summary>
    public static async Task<JsonObject> WaitForFinalAsync(this HttpClient client, string jobId)
    {
        await client.ReadJobEventsAsync(jobId);
        return await client.GetJobAsync(jobId);
    }

    /// <summary>Cancels a job and waits until it has really ended, so it cannot disturb a later test.</summary>
    public static async Task CancelAndWaitAsync(this HttpClient client, string jobId)
    {
        using var cancel = await client.PostAsync($"/api/jobs/{jobId}/cancel", null);
        await client.WaitForFinalAsync(jobId);
    }

    /// <summary>Waits until a job-status event says Running.</summary>
    public static Task<List<SseMessage>> WaitForRunningAsync(this HttpClient client, string jobId) =>
        client.ReadJobEventsAsync(jobId, m => m.Type == "job-status" && m.Status == "Running");

    /// <summary>Asserts an RFC 9457 problem with correlation and trace ids; returns its body.</summary>
    public static async Task<JsonObject> AssertProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.ReadJsonAsync();
        Assert.Equal((int)status, body["status"]!.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body["title"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["detail"]?.GetValue<string>()));
        Assert.False(string.IsNullOrEmpty(body["traceId"]?.GetValue<string>()));
        var correlationId = body["correlationId"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(correlationId));
        Assert.Equal(correlationId, response.Headers.GetValues("X-Correlation-ID").Single());
        return body;
    }
}
