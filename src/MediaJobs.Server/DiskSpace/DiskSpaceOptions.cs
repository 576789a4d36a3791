using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.DiskSpace;

/// <summary>The disk-space watch (configuration section <c>MediaJobs:DiskSpace</c>).</summary>
public sealed class DiskSpaceOptions
{
    public const string SectionName = "MediaJobs:DiskSpace";

    /// <summary>
    /// Below this many free bytes under the data directory (or a media root a transcode writes into), <c>/readyz</c> reports
    /// Degraded, queued jobs wait and running ones fail with <c>DiskFull</c>. 0 turns the guard off.
    /// </summary>
    [Range(0, long.MaxValue, ErrorMessage = "must be a whole number of bytes from 0 (no guard) to 9223372036854775807.")]
    public long MinFreeBytes { get; set; } = 100L * 1024 * 1024;
}
