namespace MediaJobs.Server.Compat.ShrinkRay;

/// <summary>
/// Shrinkray's own defaults (its <c>config.DefaultConfig</c>) for the settings MediaJobs has no counterpart for: the
/// config answer carries them so its web UI fills every control, and a change to them is refused by name.
/// </summary>
internal static class ShrinkRayDefaults
{
    public const int ScheduleStartHour = 22;
    public const int ScheduleEndHour = 6;
    public const string OutputFormat = "mkv";
    public const string TonemapAlgorithm = "hable";
    public const string LogLevel = "info";
}
