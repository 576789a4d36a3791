using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>A document job in seed 003's words; times are ISO 8601 UTC with milliseconds.</summary>
/// <param name="JobId">The job id.</param>
/// <param name="JobType">pdf, session or transformer.</param>
/// <param name="Status">pending, processing, completed (also skipped) or failed (also cancelled).</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">The latest of created, started, ended and step times.</param>
/// <param name="StartedAt">When it started; null until then.</param>
/// <param name="CompletedAt">When it ended; null until then.</param>
/// <param name="UserId">The request's user_id, else the API key's id, else null.</param>
/// <param name="BatchId">Its batch, or null.</param>
/// <param name="Parameters">The job's inputs (webhook removed).</param>
/// <param name="Progress">Step, percent and message.</param>
/// <param name="Results">structured_data, template, assets, target_dir...; null until there are any.</param>
/// <param name="Error">Why it failed (code Cancelled when cancelled), else null.</param>
/// <param name="Logs">GET /api/jobs/{job_id} only: the job's events without step-progress ticks.</param>
internal sealed record SecretaryJob(
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("job_type")] string JobType,
    string Status,
    [property: JsonPropertyName("created_at")] string CreatedAt,
    [property: JsonPropertyName("updated_at")] string UpdatedAt,
    [property: JsonPropertyName("started_at")] string? StartedAt,
    [property: JsonPropertyName("completed_at")] string? CompletedAt,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("batch_id")] string? BatchId,
    JsonObject Parameters,
    SecretaryProgress Progress,
    JsonObject? Results,
    SecretaryJobError? Error,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<SecretaryLogLine>? Logs = null);
