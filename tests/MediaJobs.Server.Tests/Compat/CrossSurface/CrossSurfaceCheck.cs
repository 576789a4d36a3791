using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>
/// Issue 6's guarantee for one surface: a job created there is the same job natively — same fields,
/// progress and events — while it runs and after, and the native global stream carries every one of
/// its events with the native log's ids, ending with its terminal event.
/// </summary>
internal static class CrossSurfaceCheck
{
    /// <summary>Reads taken while the job changed are retried this often before the next event is awaited.</summary>
    private const int StableTries = 5;

    public static async Task RunAsync(HttpClient client, SurfaceProbe probe)
    {
        await using var owned = probe;
        // Subscribed before the job exists, so the live stream must hold its first event too.
        await using var global = await SseRecorder.OpenAsync(client, "/api/jobs/stream");
        await probe.StartAsync(client);
        var id = await probe.CreateAsync(client);

        var runningSamples = await FollowAsync(client, probe, global, id);
        await global.WaitForAsync(m => Native.IsOf(m, id) && Native.IsTerminal(m.Type, m.Data), probe.Timeout, $"terminal event of {id} on the global stream");

        var native = await client.GetJobAsync(id);
        Assert.True(Native.Status(native) == "Succeeded", $"{probe.Name}: job {id} ended {Native.Status(native)}: {native["errors"]?.ToJsonString()}");
        Assert.True(runningSamples > 0, $"{probe.Name}: job {id} was never read Running with the native job unchanged around the surface's read.");
        var events = await client.ReadAllEventsAsync(id);
        Assert.True(Native.IsTerminal((string?)events[^1]["type"], events[^1]["payload"]?.AsObject()), $"{probe.Name}: the native log of {id} does not end with its terminal event.");

        var surface = await probe.ReadAsync(client, id);
        probe.AssertSameJob(native, surface.Job);
        if (probe.ExpectedEvents(events) is { } expected)
        {
            JsonSequence.Equal(expected, surface.Events!, $"{probe.Name} event view of {id}");
        }
        await AssertNativeStreamsAsync(client, global, id, events);
        await probe.AfterFinishAsync(client, id, events, global);
    }

    /// <summary>
    /// Compares the surface with the native API each time the global stream shows the job changed, until
    /// it is final. Returns how many of those comparisons caught it Running.
    /// </summary>
    private static async Task<int> FollowAsync(HttpClient client, SurfaceProbe probe, SseRecorder global, string id)
    {
        var running = 0;
        while (true)
        {
            // Taken before the reads: any event after them wakes the next comparison.
            var seen = global.Messages.Where(m => Native.IsOf(m, id)).Select(m => m.Id ?? 0).DefaultIfEmpty(0).Max();
            var (native, stable) = await CompareAsync(client, probe, id);
            if (stable && Native.Status(native) == "Running")
            {
                running++;
            }
            if (Native.IsFinal(native))
            {
                return running;
            }
            await global.WaitForAsync(m => Native.IsOf(m, id) && m.Id > seen, probe.Timeout, $"an event of {id} after {seen}");
        }
    }

    /// <summary>
    /// Native job and log, the surface, native log and job again. The log only grows, so the surface's event
    /// view must lie between the two native reads; the job must match exactly when the two native reads agree.
    /// </summary>
    private static async Task<(JsonObject Native, bool Stable)> CompareAsync(HttpClient client, SurfaceProbe probe, string id)
    {
        for (var attempt = 1; ; attempt++)
        {
            var before = await client.GetJobAsync(id);
            var eventsBefore = await client.ReadAllEventsAsync(id);
            var surface = await probe.ReadAsync(client, id);
            var eventsAfter = await client.ReadAllEventsAsync(id);
            var after = await client.GetJobAsync(id);
            if (probe.ExpectedEvents(eventsBefore) is { } lower)
            {
                JsonSequence.StartsWith(lower, surface.Events!, $"{probe.Name} event view of {id} (vs the native log read before it)");
                JsonSequence.StartsWith(surface.Events!, probe.ExpectedEvents(eventsAfter)!, $"{probe.Name} event view of {id} (vs the native log read after it)");
            }
            if (JsonNode.DeepEquals(before, after))
            {
                probe.AssertSameJob(after, surface.Job);
                return (after, true);
            }
            if (attempt == StableTries)
            {
                return (after, false);
            }
        }
    }

    /// <summary>The live global stream, a global replay from Last-Event-ID 0, and the per-job SSE all carry exactly the native log.</summary>
    public static async Task AssertNativeStreamsAsync(HttpClient client, SseRecorder live, string id, IReadOnlyList<JsonObject> events)
    {
        var expected = events.Select(e => Frame((long)e["id"]!, (string?)e["type"], Native.GlobalData(e))).ToList();
        JsonSequence.Equal(expected, Frames(live.Messages, id), $"global stream (live) for {id}");

        await using var replay = await SseRecorder.OpenAsync(client, "/api/jobs/stream", lastEventId: 0);
        await replay.WaitForAsync(m => Native.IsOf(m, id) && Native.IsTerminal(m.Type, m.Data), ApiClient.Timeout, $"terminal event of {id} in the replay");
        JsonSequence.Equal(expected, Frames(replay.Messages, id), $"global stream replayed from Last-Event-ID 0 for {id}");

        var perJob = (await client.ReadJobEventsAsync(id, lastEventId: 0)).Where(m => m.Type is not null);
        JsonSequence.Equal(
            [.. events.Select(e => Frame((long)e["id"]!, (string?)e["type"], Native.StreamData(e)))],
            [.. perJob.Select(m => Frame(m.Id!.Value, m.Type, m.Data!))],
            $"per-job SSE for {id}");
    }

    private static List<JsonNode?> Frames(IEnumerable<SseMessage> messages, string id) =>
        [.. messages.Where(m => Native.IsOf(m, id)).Select(m => Frame(m.Id!.Value, m.Type, m.Data!))];

    private static JsonNode Frame(long id, string? type, JsonObject data) =>
        new JsonObject { ["id"] = id, ["type"] = type, ["data"] = data.DeepClone() };
}
