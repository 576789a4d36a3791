namespace MediaJobs.Core.Engine;

/// <summary>
/// Kills processes that a dead earlier process of this node left working in a job's folder, before
/// the job runs again (they would write into the same files as the new attempt).
/// </summary>
public interface IStrayProcessReaper
{
    /// <summary>Kills every process whose command line names <paramref name="jobDirectory"/>; returns how many.</summary>
    int KillProcessesUsing(string jobDirectory);

}
