using System.Globalization;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// Timestamps as fixed-width UTC text with 100 ns precision: exact round-trip, readable in the
/// sqlite3 shell, and text order equals time order.
/// </summary>
internal static class SqliteTime
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToDb(DateTimeOffset value) =>
        value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static object ToDb(DateTimeOffset? value) =>
        value is { } v ? ToDb(v) : DBNull.Value;

    public static DateTimeOffset FromDb(string text) =>
        new(DateTime.SpecifyKind(
            DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal),
            DateTimeKind.Utc));
}
