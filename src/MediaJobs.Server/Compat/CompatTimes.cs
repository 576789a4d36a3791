namespace MediaJobs.Server.Compat;

/// <summary>Times as the compat surfaces write them: Unix seconds, or ISO 8601 UTC with milliseconds.</summary>
internal static class CompatTimes
{
    public static long UnixSeconds(DateTimeOffset time) => time.ToUnixTimeSeconds();

    public static double UnixSecondsPrecise(DateTimeOffset time) => Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3);

    /// <summary>ISO 8601 UTC with milliseconds, like "2024-03-15T10:30:00.000Z".</summary>
    public static string? Iso(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
