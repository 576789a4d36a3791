using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Nodes;

namespace MediaJobs.Cli;

/// <summary>The native API over HTTP. Every non-2xx answer becomes a <see cref="ApiException"/> with the problem's words.</summary>
internal sealed class ApiClient(HttpClient http)
{
    public Uri? BaseAddress => http.BaseAddress;

    public Task<JsonObject> SubmitAsync(JsonObject body, CancellationToken ct) => SendAsync(HttpMethod.Post, "/api/jobs", body, ct);

    public Task<JsonObject> GetJobAsync(string id, CancellationToken ct) => SendAsync(HttpMethod.Get, $"/api/jobs/{Uri.EscapeDataString(id)}", null, ct);

    public Task<JsonObject> ListAsync(string query, CancellationToken ct) => SendAsync(HttpMethod.Get, "/api/jobs" + query, null, ct);

    public Task<JsonObject> CancelAsync(string id, CancellationToken ct) => SendAsync(HttpMethod.Post, $"/api/jobs/{Uri.EscapeDataString(id)}/cancel", null, ct);

    public Task<JsonObject> RetryAsync(string id, CancellationToken ct) => SendAsync(HttpMethod.Post, $"/api/jobs/{Uri.EscapeDataString(id)}/retry", null, ct);

    public Task<JsonObject> QueueAsync(string action, CancellationToken ct) =>
        action == "status" ? SendAsync(HttpMethod.Get, "/api/queue", null, ct) : SendAsync(HttpMethod.Post, $"/api/queue/{action}", null, ct);

    public Task<JsonObject> StatsAsync(CancellationToken ct) => SendAsync(HttpMethod.Get, "/api/stats", null, ct);

    public Task<JsonObject> NodesAsync(CancellationToken ct) => SendAsync(HttpMethod.Get, "/api/nodes", null, ct);

    /// <summary>The job's SSE stream from the start; it ends after the job's terminal event.</summary>
    public async IAsyncEnumerable<ServerEvent> FollowAsync(string id, [EnumeratorCancellation] CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/jobs/{Uri.EscapeDataString(id)}/events");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct), Encoding.UTF8);
        string? type = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null && data.Length > 0)
                {
                    yield return new ServerEvent(type, JsonNode.Parse(data.ToString())!.AsObject());
                }
                (type, _) = (null, data.Clear());
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line[6..]);
            }
        }
    }

    private async Task<JsonObject> SendAsync(HttpMethod method, string path, JsonObject? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }
        using var response = await SendRawAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        return await response.Content.ReadFromJsonAsync<JsonObject>(ct) ?? [];
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpRequestMessage request, HttpCompletionOption completion, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, completion, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new ApiException($"cannot reach the server at {http.BaseAddress} ({ex.Message}). Is it running? Start one with `mediajobs serve`.");
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            throw new ApiException(DescribeProblem(response.StatusCode, text));
        }
    }

    /// <summary>"404 Not Found: No job '…'." from a problem+json body; the raw text otherwise.</summary>
    private static string DescribeProblem(HttpStatusCode status, string body)
    {
        try
        {
            var problem = JsonNode.Parse(body)?.AsObject();
            var title = problem?["title"]?.GetValue<string>() ?? status.ToString();
            var detail = problem?["detail"]?.GetValue<string>();
            return $"{(int)status} {title}{(detail is null ? "" : ": " + detail)}";
        }
        catch (System.Text.Json.JsonException)
        {
            return $"{(int)status} {status}: {body}";
        }
    }
}
