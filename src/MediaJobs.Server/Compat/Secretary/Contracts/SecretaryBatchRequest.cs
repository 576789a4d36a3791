using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaJobs.Server.Api;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.Secretary.Contracts;

/// <summary>Body of seed 003's <c>POST /api/jobs/batch</c>.</summary>
/// <param name="Jobs">1 to 1000 job requests, all validated before any is stored.</param>
/// <param name="BatchName">The batch's name; default "batch".</param>
internal sealed record SecretaryBatchRequest(
    IReadOnlyList<SecretaryJobRequest> Jobs,
    [property: JsonPropertyName("batch_name")] string? BatchName = null)
    : ICompatRequest<SecretaryBatchRequest>
{
    /// <summary>The name, then every item (each field named <c>jobs[i].…</c>).</summary>
    public static SecretaryBatchRequest Read(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var name = JsonFields.OptionalString(body, "batch_name", "") is { Length: > 0 } given ? given : "batch";
        var items = JsonFields.OptionalArray(body, "jobs", "")
            ?? throw RequestProblemException.BadField("jobs", "'jobs' is required: an array of job requests.");
        if (items.Count is 0 or > BatchEndpoints.MaxJobsPerBatch)
        {
            throw RequestProblemException.BadField("jobs", $"'jobs' must hold from 1 to {BatchEndpoints.MaxJobsPerBatch} job requests.");
        }
        var jobs = new List<SecretaryJobRequest>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            jobs.Add(items[i] is JsonObject item
                ? SecretaryJobRequest.Read(item, $"jobs[{i}].")
                : throw RequestProblemException.BadField($"jobs[{i}]", $"'jobs[{i}]' must be a JSON object."));
        }
        return new SecretaryBatchRequest(jobs, name);
    }
}
