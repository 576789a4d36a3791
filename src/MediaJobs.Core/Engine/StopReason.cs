namespace MediaJobs.Core.Engine;

/// <summary>Why a running job's token fired; decides what the job becomes.</summary>
public enum StopReason
{
    /// <summary>Someone cancelled it: it ends Cancelled.</summary>
    Cancel,
    /// <summary>The queue was paused: back to the front of the queue, no attempt counted.</summary>
    Pause,
    /// <summary>The host is stopping: back to the front of the queue, no attempt counted.</summary>
    Shutdown,
    /// <summary>Another node took the job over after our lease lapsed: leave it alone.</summary>
    LeaseLost,
    /// <summary>A run guard holds the type (the disk is nearly full): it ends Failed with the guard's error.</summary>
    Held,
}
