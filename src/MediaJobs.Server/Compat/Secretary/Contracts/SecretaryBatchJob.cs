using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>A job in a batch's answer.</summary>
/// <param name="JobId">The job id.</param>
/// <param name="JobType">pdf, session or transformer.</param>
/// <param name="Status">pending, processing, completed or failed.</param>
internal sealed record SecretaryBatchJob(
    [property: JsonPropertyName("job_id")] string JobId,
    [property: JsonPropertyName("job_type")] string JobType,
    string Status);
