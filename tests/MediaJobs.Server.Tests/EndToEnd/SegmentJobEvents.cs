using System.Globalization;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.EndToEnd;

/// <summary>
/// A segmented transcode's segment jobs as a client sees them: its children (<c>GET /api/jobs?batchId=</c> its id) and
/// what their events say (which segment each encoded and committed, on which node).
/// </summary>
public static class SegmentJobEvents
{
    public sealed record SegmentEvent(string JobId, long Id, string Message)
    {
        /// <summary>"Encoding segment 2 of 6 with libx265 on node-a.": a run of the encoder.</summary>
        public bool IsStart => Message.StartsWith("Encoding segment ", StringComparison.Ordinal);

        /// <summary>"Segment 2 committed on node-a.": the segment's file committed by its rename.</summary>
        public bool IsCommit => Message.StartsWith("Segment ", StringComparison.Ordinal) && Message.Contains(" committed on ", StringComparison.Ordinal);

        public int Index => int.Parse(Message.Split(' ')[IsStart ? 2 : 1], CultureInfo.InvariantCulture);

        public string Node => Message[(Message.LastIndexOf(" on ", StringComparison.Ordinal) + 4)..].TrimEnd('.');
    }

    /// <summary>Waits until the parent has submitted its segment jobs; returns them in segment order.</summary>
    public static async Task<List<JsonObject>> WaitForChildrenAsync(HttpClient client, string parentId, TimeSpan timeout)
    {
        await client.ReadJobEventsAsync(parentId, m => ((string?)m.Data?["message"])?.EndsWith(" segment jobs submitted.", StringComparison.Ordinal) == true, timeout: timeout);
        return await ChildrenAsync(client, parentId);
    }

    public static async Task<List<JsonObject>> ChildrenAsync(HttpClient client, string parentId)
    {
        var page = await client.GetJsonAsync($"/api/jobs?batchId={parentId}&order=oldest&limit=500");
        return [.. page["items"]!.AsArray().Select(j => j!.AsObject()).OrderBy(j => (int)j["inputs"]!["index"]!)];
    }

    /// <summary>The segment messages of every segment job of <paramref name="parentId"/>.</summary>
    public static async Task<List<SegmentEvent>> ReadAsync(HttpClient client, string parentId)
    {
        var events = new List<SegmentEvent>();
        foreach (var child in await ChildrenAsync(client, parentId))
        {
            var id = (string)child["jobId"]!;
            events.AddRange((await client.ReadAllEventsAsync(id)).Select(e => new SegmentEvent(id, (long)e["id"]!, (string?)e["message"] ?? ""))
                .Where(e => e.IsStart || e.IsCommit));
        }
        return events;
    }
}
