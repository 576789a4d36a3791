using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Body of seed 003's <c>POST /api/jobs/batch</c> (documentation; read by hand).</summary>
/// <param name="Jobs">1 to 1000 job requests, all validated before any is stored.</param>
/// <param name="BatchName">The batch's name; default "batch".</param>
internal sealed record SecretaryBatchRequest(
    IReadOnlyList<SecretaryJobRequest> Jobs,
    [property: JsonPropertyName("batch_name")] string? BatchName = null);
