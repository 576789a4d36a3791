using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Retention;

/// <summary>What one retention pass deleted, per final status.</summary>
public sealed record PruneResult(IReadOnlyDictionary<JobStatus, int> Deleted)
{
    public int Total => Deleted.Values.Sum();
}
