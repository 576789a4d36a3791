using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat;

/// <summary>A job's log as the compat surfaces show it.</summary>
internal static class JobLogLines
{
    /// <summary>
    /// The job's whole log without step-progress ticks: the <c>logs</c> Secretary and TextToVideo show. Read page by
    /// page because a long run writes thousands of ticks, and one page would cut off its latest lines and its end.
    /// </summary>
    public static async Task<IReadOnlyList<JobEvent>> ReadAsync(Auth.CallerJobs jobs, Job job, CancellationToken ct)
    {
        const int PageSize = 1000;
        var lines = new List<JobEvent>();
        long after = 0;
        while (true)
        {
            var page = await jobs.ReadEventsAsync(job, after, PageSize, ct);
            lines.AddRange(page.Where(e => e.Type != JobEventTypes.StepProgress));
            if (page.Count < PageSize)
            {
                return lines;
            }
            after = page[^1].Id;
        }
    }
}
