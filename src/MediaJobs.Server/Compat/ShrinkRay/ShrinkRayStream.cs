using System.Globalization;
using System.Text.Json;
using MediaJobs.Server.Api.Sse;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>Seed 002's <c>GET /api/jobs/stream</c>: our event log as Shrinkray's typed job events.</summary>
internal static class ShrinkRayStream
{
    /// <summary>
    /// <c>init</c> (jobs and stats) at once, then our event log as seed 002's typed events (<see cref="ShrinkRayEventTranslator"/>),
    /// each a plain <c>message</c> event (a <c>data:</c> line only) so an <c>EventSource.onmessage</c> client sees them all.
    /// </summary>
    public static async Task StreamAsync(HttpContext http, CallerJobs jobs, IOptions<Hosting.HttpApiOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var after = await jobs.GetLastEventIdAsync(ct);
        var snapshot = await ShrinkRayJobLoader.LoadAsync(jobs, ct);
        var stats = await ShrinkRayJobLoader.StatsAsync(jobs, ct);
        var state = new ShrinkRayStreamState(snapshot.Select(j => j.Id));
        var serializer = json.Value.SerializerOptions;
        await SseWriter.StartAsync(http.Response, ct);
        try
        {
            await WriteAsync(http.Response, new ShrinkRayInitFrame("init", [.. snapshot.Select(ShrinkRayShapes.Job)], stats), serializer, ct);
            await foreach (var e in jobs.FollowAllEventsAsync(after, options.Value.SseHeartbeat, snapshot.Select(j => j.Id), ct))
            {
                if (e is null)
                {
                    await SseWriter.WriteHeartbeatAsync(http.Response, ct);
                }
                else if (await ShrinkRayEventTranslator.TranslateAsync(e, jobs, state, ct) is { } frame)
                {
                    await WriteAsync(http.Response, frame, serializer, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client went away.
        }
    }

    private static async Task WriteAsync(HttpResponse response, object frame, JsonSerializerOptions serializer, CancellationToken ct)
    {
        var data = JsonSerializer.Serialize(frame, frame.GetType(), serializer);
        await response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"data: {data}\n\n"), ct);
        await response.Body.FlushAsync(ct);
    }
}
