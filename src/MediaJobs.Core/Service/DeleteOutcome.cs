namespace MediaJobs.Core.Service;

/// <summary>What deleting one job did.</summary>
public enum DeleteOutcome
{
    Deleted,
    NotFound,
    /// <summary>Running jobs are never deleted; cancel first.</summary>
    Running,
}
