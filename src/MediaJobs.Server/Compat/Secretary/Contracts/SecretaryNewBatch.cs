using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>A batch as created.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="BatchName">Its name.</param>
/// <param name="Status">Always "pending".</param>
/// <param name="JobCount">Jobs in it.</param>
/// <param name="Jobs">Its jobs.</param>
internal sealed record SecretaryNewBatch(
    [property: JsonPropertyName("batch_id")] string BatchId,
    [property: JsonPropertyName("batch_name")] string BatchName,
    string Status,
    [property: JsonPropertyName("job_count")] int JobCount,
    IReadOnlyList<SecretaryJob> Jobs);
