using System.Text.Json.Serialization;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>The data of <c>POST /api/jobs/</c>.</summary>
/// <param name="JobId">The new job's id.</param>
/// <param name="Job">The new job.</param>
internal sealed record SecretaryCreated([property: JsonPropertyName("job_id")] string JobId, SecretaryJob Job);
