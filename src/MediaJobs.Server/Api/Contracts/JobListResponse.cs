namespace MediaJobs.Server.Api.Contracts;

/// <summary>
/// A page of jobs (newest first) with the queue's stats. <c>jobs</c> repeats <c>items</c>: Aura's real job store
/// (Aura.Web state/jobs.ts <c>listJobs()</c>) reads <c>data.jobs</c>. <c>nextCursor</c> is where the next page
/// starts (<c>?cursor=</c>), null on the last page; <c>totalCapped</c> says the count of a batch or text filter
/// stopped at its cap, so <c>total</c> is a floor.
/// </summary>
internal sealed record JobListResponse(
    IReadOnlyList<JobResponse> Items, int Total, int Offset, int Limit, StatsResponse Stats, bool Paused, string? NextCursor, bool TotalCapped)
{
    public IReadOnlyList<JobResponse> Jobs => Items;
}
