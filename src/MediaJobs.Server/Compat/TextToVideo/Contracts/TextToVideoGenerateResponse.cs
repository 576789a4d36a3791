using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.TextToVideo.Contracts;

/// <summary>Answer of <c>POST /api/v1/generate</c> (202).</summary>
/// <param name="JobId">The new video job's id.</param>
/// <param name="Status">Always "queued".</param>
/// <param name="Message">Always "Video generation started".</param>
internal sealed record TextToVideoGenerateResponse(
    [property: JsonPropertyName("job_id")] string JobId,
    string Status,
    string Message);
