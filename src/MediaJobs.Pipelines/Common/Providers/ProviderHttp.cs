using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Common.Providers;

/// <summary>
/// The one error policy of every provider call (video voices, b-roll and script writer; document OCR, vision,
/// template and transcription models): 401/403 → <c>ProviderAuthFailed:&lt;provider&gt;</c> (permanent); 408/429/5xx
/// and network failures → <see cref="TransientJobException"/> (retried with backoff, honouring Retry-After as seconds
/// or a date); other 4xx → <c>ProviderFailed</c>. Retries are the engine's, not an in-process policy (Polly): a job
/// waiting out a Retry-After gives its worker slot back, and the wait survives a restart.
/// </summary>
internal static class ProviderHttp
{
    /// <summary>A JSON POST with an optional bearer key; the answer must be a JSON object.</summary>
    public static async Task<JsonObject> PostJsonAsync(HttpClient http, Uri endpoint, string? apiKey, JsonObject body, string provider, string keySetting, TimeProvider time, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(body) };
        if (!string.IsNullOrEmpty(apiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        using var response = await SendAsync(http, request, provider, keySetting, time, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        try
        {
            return JsonNode.Parse(text) as JsonObject ?? throw new ProviderAnswerException(Unusable(provider, "JSON that is not an object"));
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new ProviderAnswerException(Unusable(provider, $"something that is not JSON: {Shorten(text)}"), ex);
        }
    }

    /// <summary><c>ProviderFailed:&lt;provider&gt;</c> for an answer that arrived but cannot be used.</summary>
    public static JobError Unusable(string provider, string what) => new($"ProviderFailed:{provider}", $"{provider} answered with {what}.",
        "Check the provider's base URL and model in the configuration: it must speak the OpenAI-compatible API.");

    public static async Task<HttpResponseMessage> SendAsync(HttpClient http, HttpRequestMessage request, string provider, string keySetting, TimeProvider time, CancellationToken ct)
    {
        var where = request.RequestUri?.GetLeftPart(UriPartial.Path);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientJobException(new JobError($"ProviderUnavailable:{provider}", $"{provider} at {where} could not be reached: {ex.Message}",
                "Check the provider's base URL and the network; the job is retried automatically."), null, ex);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new TransientJobException(new JobError($"ProviderUnavailable:{provider}", $"{provider} at {where} did not answer in time.",
                "The job is retried automatically; check the provider's status if this repeats."), null, ex);
        }
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var status = (int)response.StatusCode;
            var body = Shorten(await BodyTextAsync(response, ct));
            if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
            {
                throw new MediaJobsException(new JobError($"ProviderAuthFailed:{provider}", $"{provider} rejected the credentials (HTTP {status}): {body}",
                    $"Check {keySetting}: the key must be valid for {where}."));
            }
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout || status >= 500)
            {
                throw new TransientJobException(new JobError($"ProviderBusy:{provider}", $"{provider} answered HTTP {status}: {body}",
                    "The job is retried automatically after the provider's Retry-After or a backoff."), RetryAfter(response, time));
            }
            throw new MediaJobsException(new JobError($"ProviderFailed:{provider}", $"{provider} refused the request (HTTP {status}): {body}",
                "Check the provider's settings (base URL, model, voice) in the configuration."));
        }
    }

    /// <summary>The Retry-After header as a delay (seconds or a date), or null.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date > time.GetUtcNow() ? date - time.GetUtcNow() : TimeSpan.Zero,
            _ => null,
        };
    }

    public static string Combine(string baseUrl, string path) => baseUrl.TrimEnd('/') + "/" + path.TrimStart('/');

    private static async Task<string> BodyTextAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            return await response.Content.ReadAsStringAsync(ct);
        }
        catch (HttpRequestException)
        {
            return "(no body)";
        }
    }

    private static string Shorten(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 300 ? text : text[..300] + "...";
    }
}
