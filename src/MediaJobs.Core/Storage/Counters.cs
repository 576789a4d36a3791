namespace MediaJobs.Core.Storage;

/// <summary>Names of the persisted counters.</summary>
public static class Counters
{
    public const string LifetimeBytesSaved = "lifetime_bytes_saved";
    /// <summary>Bytes saved since the last session reset (persisted, so a restart does not lose it).</summary>
    public const string SessionBytesSaved = "session_bytes_saved";
}
