using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>A job in <c>GET /api/v1/jobs</c>: the status fields, plus <c>output_file</c> once completed.</summary>
/// <param name="Status">queued, processing, completed or failed.</param>
/// <param name="Progress">0, 20, 40, 80, 90 or 100.</param>
/// <param name="Message">The current stage's words.</param>
/// <param name="CreatedAt">Unix seconds.</param>
/// <param name="OutputFile">The MP4's absolute path; only present when the job succeeded.</param>
/// <param name="Logs">The messages of the job's events, step-progress ticks left out.</param>
internal sealed record TextToVideoListedJob(
    string Status,
    int Progress,
    string Message,
    [property: JsonPropertyName("created_at")] long CreatedAt,
    [property: JsonPropertyName("output_file"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OutputFile,
    IReadOnlyList<string> Logs);
