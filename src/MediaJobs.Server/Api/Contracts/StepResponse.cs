using System.Text.Json.Serialization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// One step, as in seed 000 (<c>startedAt</c>/<c>completedAt</c> absent until they happen), with the
/// <c>node</c> that ran it (null until it first starts).
/// </summary>
internal sealed record StepResponse(
    string Name,
    string Status,
    double ProgressPct,
    long DurationMs,
    IReadOnlyList<JobError> Errors,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? StartedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? CompletedAt,
    string? Node);
