using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The data of <c>POST /api/jobs/batch</c>.</summary>
/// <param name="BatchId">The new batch's id.</param>
/// <param name="Batch">The new batch.</param>
internal sealed record SecretaryBatchCreated([property: JsonPropertyName("batch_id")] string BatchId, SecretaryNewBatch Batch);
