using MediaJobs.Core.Events;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// The single writer connection with its prepared commands. Only the writer loop touches it,
/// so nothing here is thread-safe and nothing needs to be.
/// </summary>
internal sealed class WriterSession(SqliteConnection connection) : IDisposable
{
    private const string InsertEventSql =
        "INSERT INTO job_events (job_id, type, level, message, payload, timestamp_utc) " +
        "VALUES (@job_id, @type, @level, @message, @payload, @ts) RETURNING id";

    private const string AddCounterSql =
        "INSERT INTO counters (name, value) VALUES (@name, @delta) " +
        "ON CONFLICT (name) DO UPDATE SET value = value + excluded.value";

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The newest event id appended in the current transaction, 0 when none.</summary>
    public long LastAppendedEventId { get; set; }

    /// <summary>A prepared command for this SQL, reused (and its statement kept compiled) across calls.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            _commands.Add(sql, cmd);
        }
        cmd.Parameters.Clear();
        return cmd;
    }

    public int Execute(string sql) => Command(sql).ExecuteNonQuery();

    public IReadOnlyList<long> AppendEvents(IReadOnlyList<NewJobEvent> events)
    {
        if (events.Count == 0)
        {
            return [];
        }
        var ids = new long[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            ids[i] = AppendEvent(events[i]);
        }
        return ids;
    }

    public long AppendEvent(NewJobEvent e)
    {
        var cmd = Command(InsertEventSql);
        cmd.Parameters.AddWithValue("@job_id", e.JobId);
        cmd.Parameters.AddWithValue("@type", e.Type);
        cmd.Parameters.AddWithValue("@level", e.Level.ToString());
        cmd.Parameters.AddWithValue("@message", e.Message);
        cmd.Parameters.AddWithValue("@payload", StoreJson.Serialize(e.Payload));
        cmd.Parameters.AddWithValue("@ts", SqliteTime.ToDb(e.TimestampUtc));
        var id = (long)cmd.ExecuteScalar()!;
        LastAppendedEventId = id;
        return id;
    }

    public void AddToCounters(IReadOnlyDictionary<string, long> deltas)
    {
        foreach (var (name, delta) in deltas)
        {
            var cmd = Command(AddCounterSql);
            cmd.Parameters.AddWithValue("@name", name);
            cmd.Parameters.AddWithValue("@delta", delta);
            cmd.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values)
        {
            cmd.Dispose();
        }
        _commands.Clear();
        Connection.Dispose();
    }
}
