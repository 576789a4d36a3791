using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Core.Configuration;

/// <summary>Configuration section <c>MediaJobs:Settings</c>: how runtime settings reach every node.</summary>
public sealed class RuntimeSettingsOptions
{
    public const string SectionName = "MediaJobs:Settings";

    /// <summary>How often a node re-reads the stored runtime settings (a store that sends hints also refreshes at once).</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00", ErrorMessage = "must be a duration from 00:00:00.010 to 00:10:00.", ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
