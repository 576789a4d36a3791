namespace MediaJobs.Server.Storage;

/// <summary>The disk-space watch (configuration section <c>MediaJobs:Storage</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "MediaJobs:Storage";

    /// <summary>Below this many free bytes under the data directory, <c>/readyz</c> reports Degraded.</summary>
    public long MinFreeBytes { get; set; } = 100L * 1024 * 1024;
}
