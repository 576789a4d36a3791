namespace MediaJobs.Storage.Sqlite;

// Settings written only over the value a writer read (compare-and-swap).
public sealed partial class SqliteJobStore
{
    public Task<bool> CompareAndSetSettingAsync(string key, string? expected, string value, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        return Submit(s =>
        {
            // One writer connection runs each statement alone; the WHERE (or the key's uniqueness) is the comparison.
            var cmd = s.Command(expected is null
                ? "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING"
                : "UPDATE settings SET value = @value WHERE key = @key AND value = @expected");
            cmd.Parameters.AddWithValue("@key", key);
            cmd.Parameters.AddWithValue("@value", value);
            if (expected is not null)
            {
                cmd.Parameters.AddWithValue("@expected", expected);
            }
            return cmd.ExecuteNonQuery() == 1;
        }, ct);
    }
}
