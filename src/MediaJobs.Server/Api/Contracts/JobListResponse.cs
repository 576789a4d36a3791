namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// A page of jobs (newest first) with the queue's stats. <c>jobs</c> repeats <c>items</c>: Aura's real job store
/// (Aura.Web state/jobs.ts <c>listJobs()</c>) reads <c>data.jobs</c>.
/// </summary>
internal sealed record JobListResponse(IReadOnlyList<JobResponse> Items, int Total, int Offset, int Limit, StatsResponse Stats, bool Paused)
{
    public IReadOnlyList<JobResponse> Jobs => Items;
}
