using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat.CrossSurface;

/// <summary>The job in a surface's words, with the surface's polled event view (null when it has none).</summary>
internal sealed record SurfaceSnapshot(JsonObject Job, IReadOnlyList<JsonNode?>? Events);

/// <summary>
/// One compat surface as <see cref="CrossSurfaceCheck"/> drives it: create a job through the surface's
/// documented route, read it back in the surface's words, and say what the native job and event log
/// must look like there (docs/api.md, "Compatible surfaces").
/// </summary>
internal abstract class SurfaceProbe : IAsyncDisposable
{
    public abstract string Name { get; }

    /// <summary>How long the job may take from creation to its terminal event.</summary>
    public virtual TimeSpan Timeout => TimeSpan.FromSeconds(60);

    /// <summary>Runs before the job is created (a surface stream must be open to see the job's first event).</summary>
    public virtual Task StartAsync(HttpClient client) => Task.CompletedTask;

    /// <summary>Creates the job through the surface; returns the id of the job to follow natively.</summary>
    public abstract Task<string> CreateAsync(HttpClient client);

    public abstract Task<SurfaceSnapshot> ReadAsync(HttpClient client, string id);

    /// <summary>The surface's job says what this native job says (read just before and just after it, unchanged).</summary>
    public abstract void AssertSameJob(JsonObject native, JsonObject surface);

    /// <summary>The surface's event view of these native events, by its documented mapping; null when it polls none.</summary>
    public abstract IReadOnlyList<JsonNode?>? ExpectedEvents(IReadOnlyList<JsonObject> nativeEvents);

    /// <summary>Checks that need the finished job: a surface stream, the jobs around it.</summary>
    public virtual Task AfterFinishAsync(HttpClient client, string id, IReadOnlyList<JsonObject> nativeEvents, SseRecorder global) => Task.CompletedTask;

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
