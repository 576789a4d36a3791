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

    private static readonly string[] EventParameters = ["@job_id", "@type", "@level", "@message", "@payload", "@ts"];

    /// <summary>A prepared command for this SQL with no parameters bound yet (for the less frequent writes).</summary>
    public SqliteCommand Command(string sql)
    {
        var cmd = Prepared(sql);
        cmd.Parameters.Clear();
        return cmd;
    }

    /// <summary>
    /// A prepared command for this SQL, reused (statement kept compiled, parameters kept) across
    /// calls. Callers bind every parameter with <see cref="Bind"/>, always in the same order.
    /// </summary>
    public SqliteCommand Prepared(string sql)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            _commands.Add(sql, cmd);
        }
        return cmd;
    }

    /// <summary>Sets parameter <paramref name="index"/> of a <see cref="Prepared"/> command, creating it on first use.</summary>
    public static void Bind(SqliteCommand cmd, int index, string name, object value)
    {
        if (index < cmd.Parameters.Count)
        {
            cmd.Parameters[index].Value = value;
        }
        else
        {
            cmd.Parameters.AddWithValue(name, value);
        }
    }

    public int Execute(string sql) => Prepared(sql).ExecuteNonQuery();

    /// <summary>An event's parameter values, serialized by the caller before it queues the write.</summary>
    public static object[] EventValues(NewJobEvent e) =>
        [e.JobId, e.Type, e.Level.ToString(), e.Message, StoreJson.Serialize(e.Payload), SqliteTime.ToDb(e.TimestampUtc)];

    public static object[][] EventValues(IReadOnlyList<NewJobEvent> events)
    {
        var values = new object[events.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = EventValues(events[i]);
        }
        return values;
    }

    /// <summary>Appends events (see <see cref="EventValues(IReadOnlyList{NewJobEvent})"/>); returns their ids.</summary>
    public IReadOnlyList<long> AppendEvents(object[][] events)
    {
        if (events.Length == 0)
        {
            return [];
        }
        var ids = new long[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            ids[i] = AppendEvent(events[i]);
        }
        return ids;
    }

    public long AppendEvent(object[] values)
    {
        var cmd = Prepared(InsertEventSql);
        for (var i = 0; i < values.Length; i++)
        {
            Bind(cmd, i, EventParameters[i], values[i]);
        }
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
