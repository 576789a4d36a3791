namespace MediaJobs.Server.Api.Contracts;

/// <summary>A page of jobs (newest first) with the queue's stats.</summary>
public sealed record JobListResponse(IReadOnlyList<JobResponse> Items, int Total, int Offset, int Limit, StatsResponse Stats, bool Paused);
