using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat;

/// <summary>Shared plumbing of the surfaces' shapes: times, log lines, which jobs are videos.</summary>
internal static class CompatJson
{
    public static long UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    public static double UnixSecondsPrecise(DateTimeOffset time) => Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3);

    /// <summary>ISO 8601 UTC with milliseconds, like "2024-03-15T10:30:00.000Z".</summary>
    public static string? Iso(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The job's whole log without step-progress ticks: the <c>logs</c> Secretary and TextToVideo show. Read page by
    /// page because a long run writes thousands of ticks, and one page would cut off its latest lines and its end.
    /// </summary>
    public static async Task<IReadOnlyList<JobEvent>> ReadLogLinesAsync(Auth.CallerJobs jobs, Job job, CancellationToken ct)
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

    public static bool IsVideo(Job job) => job.Type == Pipelines.Video.VideoPipeline.TypeName;
}
