using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Service;

public enum CancelResult
{
    NotFound,
    /// <summary>Already Succeeded/Failed/Cancelled/Skipped: nothing to cancel (a 409).</summary>
    AlreadyFinal,
    /// <summary>It was queued and is now Cancelled.</summary>
    Cancelled,
    /// <summary>It is running; its token fired and it ends Cancelled shortly.</summary>
    Requested,
}

public sealed record CancelOutcome(CancelResult Result, Job? Job);
