namespace MediaJobs.Core.Storage;

/// <summary>Names of persisted engine settings.</summary>
public static class Settings
{
    /// <summary>"true" while the queue is paused; survives restarts.</summary>
    public const string QueuePaused = "queue_paused";
}
