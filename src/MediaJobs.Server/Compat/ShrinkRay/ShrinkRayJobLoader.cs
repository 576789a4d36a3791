using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Transcode;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Compat.ShrinkRay.Contracts;

namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>What this surface reads: the caller's transcode jobs (the only ones it shows) and their stats.</summary>
internal static class ShrinkRayJobLoader
{
    private const int PageSize = 500;

    /// <summary>Every transcode job the caller may see, in queue order (oldest first): the list and the stream's init show them all.</summary>
    public static async Task<List<Job>> LoadAsync(CallerJobs jobs, CancellationToken ct)
    {
        var all = new List<Job>();
        while (true)
        {
            var page = await jobs.ListAsync(new JobQuery { Type = TranscodePipeline.TypeName, OldestFirst = true, Offset = all.Count, Limit = PageSize }, ct);
            all.AddRange(page.Items);
            if (page.Items.Count < PageSize)
            {
                return all;
            }
        }
    }

    /// <summary>Counts per status and bytes saved, from the store's summary (no job is read).</summary>
    public static async Task<ShrinkRayStats> StatsAsync(CallerJobs jobs, CancellationToken ct) =>
        ShrinkRayShapes.Stats(
            await jobs.SummarizeTypeAsync(TranscodePipeline.TypeName, TranscodeCounters.BytesSaved, ct),
            await jobs.GetStatsAsync(ct));

    /// <summary>The caller's transcode job with this id, else null (another owner's or another type's id is not found).</summary>
    public static Task<Job?> FindAsync(CallerJobs jobs, string id, CancellationToken ct) =>
        jobs.FindAsync(id, job => job.Type == TranscodePipeline.TypeName, ct);
}
