using System.Net;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video.Providers;

/// <summary>
/// Sends one provider request and turns HTTP outcomes into what the engine understands:
/// 401/403 → <c>ProviderAuthFailed:&lt;provider&gt;</c> (permanent); 408/429/5xx and network failures →
/// <see cref="TransientJobException"/> (retried with backoff, honouring Retry-After); other 4xx → <c>ProviderFailed</c>.
/// </summary>
internal static class ProviderHttp
{
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
            var body = await BodyTailAsync(response, ct);
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
                "Check the provider settings (base URL, model, voice) under MediaJobs:Providers."));
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

    private static async Task<string> BodyTailAsync(HttpResponseMessage response, CancellationToken ct)
    {
        try
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            text = text.ReplaceLineEndings(" ").Trim();
            return text.Length <= 300 ? text : text[..300] + "...";
        }
        catch (HttpRequestException)
        {
            return "(no body)";
        }
    }
}
