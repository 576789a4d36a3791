using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>
/// One JSON POST to a provider with a bearer key. 429 and 5xx (and network failures) are transient, with the
/// provider's Retry-After; any other non-2xx is permanent with the provider's message.
/// </summary>
public static class CloudHttp
{
    public static async Task<JsonObject> PostJsonAsync(HttpClient http, Uri endpoint, string apiKey, JsonObject body, string provider, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = JsonContent.Create(body) };
        if (apiKey.Length > 0)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, ct);
        }
        catch (TaskCanceledException ex) when (!ct.IsCancellationRequested)
        {
            throw new TransientJobException(CloudErrors.Failed(provider, $"{provider} did not answer in time."), inner: ex);
        }
        catch (HttpRequestException ex)
        {
            throw new TransientJobException(CloudErrors.Failed(provider, $"{provider} could not be reached at {endpoint.GetLeftPart(UriPartial.Authority)}: {ex.Message}"), inner: ex);
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(ct);
            if (response.StatusCode == HttpStatusCode.TooManyRequests || (int)response.StatusCode >= 500)
            {
                throw new TransientJobException(
                    CloudErrors.Failed(provider, $"{provider} answered {(int)response.StatusCode}: {Shorten(text)}"),
                    response.Headers.RetryAfter?.Delta);
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new MediaJobsException(CloudErrors.Failed(provider, $"{provider} answered {((int)response.StatusCode).ToString(CultureInfo.InvariantCulture)}: {Shorten(text)}"));
            }
            try
            {
                return JsonNode.Parse(text) as JsonObject
                    ?? throw new MediaJobsException(CloudErrors.Failed(provider, $"{provider} answered with JSON that is not an object."));
            }
            catch (System.Text.Json.JsonException ex)
            {
                throw new MediaJobsException(CloudErrors.Failed(provider, $"{provider} answered with something that is not JSON: {Shorten(text)}"), ex);
            }
        }
    }

    private static string Shorten(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
