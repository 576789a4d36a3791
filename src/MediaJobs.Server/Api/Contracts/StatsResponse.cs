namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// Counts per status and the counters the job types declare (<see cref="Core.Pipelines.IJobPipeline.Counters"/>), by
/// their keys, e.g. <c>counters.bytesSaved</c> (this session, and ever).
/// </summary>
internal sealed record StatsResponse(
    int Queued,
    int Running,
    int Succeeded,
    int Failed,
    int Cancelled,
    int Skipped,
    int Total,
    IReadOnlyDictionary<string, CounterTotalsResponse> Counters);
