using System.Globalization;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Support;

/// <summary>A job's whole native event log, read page by page with <c>?after=</c> (a page holds at most 1000).</summary>
public static class NativeEventLog
{
    public static async Task<List<JsonObject>> ReadAllEventsAsync(this HttpClient client, string jobId)
    {
        var events = new List<JsonObject>();
        long after = 0;
        while (true)
        {
            var page = await client.GetJsonAsync($"/api/jobs/{jobId}/events?after={after.ToString(CultureInfo.InvariantCulture)}&limit=1000");
            var items = page["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
            if (items.Count == 0)
            {
                return events;
            }
            events.AddRange(items);
            after = (long)items[^1]["id"]!;
        }
    }
}
