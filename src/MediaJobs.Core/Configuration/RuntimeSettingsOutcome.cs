namespace MediaJobs.Core.Configuration;

/// <summary>What became of a runtime settings change.</summary>
public enum RuntimeSettingsOutcome
{
    /// <summary>Stored and applied.</summary>
    Applied,

    /// <summary>A key or value was refused (see <see cref="RuntimeSettingsUpdate.Errors"/>); nothing changed.</summary>
    Refused,

    /// <summary>The stored settings were no longer the version the change was made against; nothing changed.</summary>
    Stale,

    /// <summary>Other writers changed the settings at every attempt; nothing changed, the caller may try again.</summary>
    Busy,
}
