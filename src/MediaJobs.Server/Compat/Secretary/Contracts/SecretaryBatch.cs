using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The data of <c>GET /api/jobs/batch/{batch_id}</c>.</summary>
/// <param name="BatchId">The batch id.</param>
/// <param name="BatchName">Its name.</param>
/// <param name="Status">pending, processing, completed (also when some failed) or failed.</param>
/// <param name="JobCount">Jobs in it.</param>
/// <param name="CompletedCount">Jobs whose status is completed.</param>
/// <param name="FailedCount">Jobs whose status is failed.</param>
/// <param name="Jobs">Its jobs, in id order.</param>
internal sealed record SecretaryBatch(
    [property: JsonPropertyName("batch_id")] string BatchId,
    [property: JsonPropertyName("batch_name")] string BatchName,
    string Status,
    [property: JsonPropertyName("job_count")] int JobCount,
    [property: JsonPropertyName("completed_count")] int CompletedCount,
    [property: JsonPropertyName("failed_count")] int FailedCount,
    IReadOnlyList<SecretaryBatchJob> Jobs);
