using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Answer of <c>GET /api/v1/status/{id}</c>.</summary>
/// <param name="Status">queued, processing, completed (also skipped) or failed (also cancelled).</param>
/// <param name="Progress">The seed's stages: 0, 20, 40, 80, 90, 100; never goes back.</param>
/// <param name="Message">The current stage's words.</param>
/// <param name="CreatedAt">Unix seconds.</param>
/// <param name="Logs">The messages of the job's events, step-progress ticks left out.</param>
internal sealed record TextToVideoStatus(
    string Status,
    int Progress,
    string Message,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    IReadOnlyList<string> Logs);
