using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>One job type's jobs (see <see cref="IJobStore.SummarizeTypeAsync"/>): counts per status and one counter's sum.</summary>
/// <param name="Counts">Jobs per status; a status without jobs may be missing.</param>
/// <param name="CounterSum">The named counter summed over the jobs (positive amounts only).</param>
public sealed record JobTypeSummary(IReadOnlyDictionary<JobStatus, int> Counts, long CounterSum)
{
    public int Count(JobStatus status) => Counts.GetValueOrDefault(status);

    public int Total => Counts.Values.Sum();
}
