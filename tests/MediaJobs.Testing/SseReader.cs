using System.Globalization;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;

namespace MediaJobs.Testing;

/// <summary>Reads a text/event-stream response event by event (comments are skipped).</summary>
public static class SseReader
{
    public static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string path, long? lastEventId, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (lastEventId is { } id)
        {
            request.Headers.Add("Last-Event-ID", id.ToString(CultureInfo.InvariantCulture));
        }
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        return response;
    }

    public static async IAsyncEnumerable<SseEvent> ReadAsync(HttpResponseMessage response, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(ct), Encoding.UTF8);
        long? id = null;
        var name = "message";
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (data.Length > 0)
                {
                    yield return new SseEvent(id, name, data.ToString());
                }
                id = null;
                name = "message";
                data.Clear();
                continue;
            }
            if (line.StartsWith(':'))
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var field = colon < 0 ? line : line[..colon];
            var value = colon < 0 ? "" : line[(colon + 1)..].TrimStart(' ');
            switch (field)
            {
                case "id":
                    id = long.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "event":
                    name = value;
                    break;
                case "data":
                    data.Append(data.Length > 0 ? "\n" : "").Append(value);
                    break;
            }
        }
    }

    /// <summary>Reads the whole stream until the server ends it (or the timeout).</summary>
    public static async Task<List<SseEvent>> ReadToEndAsync(HttpClient client, string path, long? lastEventId, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        using var response = await OpenAsync(client, path, lastEventId, cts.Token);
        var events = new List<SseEvent>();
        await foreach (var e in ReadAsync(response, cts.Token))
        {
            events.Add(e);
        }
        return events;
    }
}
