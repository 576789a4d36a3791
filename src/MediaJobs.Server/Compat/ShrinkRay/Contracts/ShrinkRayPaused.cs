using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.ShrinkRay.Contracts;

/// <summary>Answer of <c>POST /api/queue/pause</c> (with requeued) and <c>/resume</c> (without).</summary>
/// <param name="Paused">Whether the queue is paused now.</param>
/// <param name="Requeued">Pause only: running transcode jobs sent back to the queue.</param>
/// <param name="Stopping">Pause only, while runs are still stopping: how many.</param>
internal sealed record ShrinkRayPaused(
    bool Paused,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Requeued = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Stopping = null);
