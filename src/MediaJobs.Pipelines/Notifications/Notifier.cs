using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Notifications;

/// <summary>Sends a notification to the configured webhook and Pushover-compatible service. Never throws for a failed send.</summary>
/// <param name="current">The live options: Pushover keys may change at run time (runtime settings).</param>
public sealed class Notifier(HttpClient http, Func<NotificationOptions> current)
{
    public Notifier(HttpClient http, NotificationOptions options)
        : this(http, () => options)
    {
    }

    /// <returns>One line per target: <c>webhook: ok</c>, <c>pushover: failed (…)</c>.</returns>
    public async Task<IReadOnlyList<string>> SendAsync(Notification notification, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var outcomes = new List<string>();
        var options = current();
        if (!string.IsNullOrWhiteSpace(options.WebhookUrl))
        {
            var body = new JsonObject
            {
                ["event"] = notification.Event,
                ["title"] = notification.Title,
                ["message"] = notification.Message,
                ["job_id"] = notification.JobId,
            };
            outcomes.Add("webhook: " + await PostAsync(() => http.PostAsJsonAsync(new Uri(options.WebhookUrl), body, ct)));
        }
        if (options.Pushover.IsEnabled)
        {
            var form = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["token"] = options.Pushover.Token!,
                ["user"] = options.Pushover.User!,
                ["title"] = notification.Title,
                ["message"] = notification.Message,
            });
            var url = new Uri(options.Pushover.BaseUrl.TrimEnd('/') + "/1/messages.json");
            outcomes.Add("pushover: " + await PostAsync(() => http.PostAsync(url, form, ct)));
            form.Dispose();
        }
        return outcomes;
    }

    private static async Task<string> PostAsync(Func<Task<HttpResponseMessage>> post)
    {
        try
        {
            using var response = await post();
            return response.IsSuccessStatusCode ? "ok" : $"failed (HTTP {(int)response.StatusCode})";
        }
        catch (HttpRequestException ex)
        {
            return $"failed ({ex.Message})";
        }
        catch (TaskCanceledException ex)
        {
            return $"failed ({ex.Message})";
        }
    }
}
