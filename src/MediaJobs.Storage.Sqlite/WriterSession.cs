using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// The single writer connection with its prepared commands. Only the writer loop touches it,
/// so nothing here is thread-safe and nothing needs to be.
/// </summary>
internal sealed class WriterSession(SqliteConnection connection) : IDisposable
{
    private const int EventsPerInsert = 32;

    // INSERT statements for 1..EventsPerInsert rows; parameters @p0.. in row-major order.
    private static readonly string[] InsertEventsSql = Enumerable.Range(1, EventsPerInsert)
        .Select(rows => "INSERT INTO job_events (job_id, type, level, message, payload, timestamp_utc) VALUES " +
            string.Join(", ", Enumerable.Range(0, rows).Select(r =>
                "(" + string.Join(", ", Enumerable.Range(r * 6, 6).Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture))) + ")")))
        .ToArray();

    private static readonly string[] EventParameterNames = Enumerable.Range(0, EventsPerInsert * 6)
        .Select(i => "@p" + i.ToString(CultureInfo.InvariantCulture))
        .ToArray();

    private const string AddCounterSql =
        "INSERT INTO owner_counters (owner, name, lifetime, session) VALUES (@owner, @name, @delta, @delta) " +
        "ON CONFLICT (owner, name) DO UPDATE SET lifetime = lifetime + excluded.lifetime, session = session + excluded.session";

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly List<(object[] Values, long[] Ids, int Index)> _pending = [];

    public SqliteConnection Connection { get; } = connection;

    /// <summary>The newest event id appended in the current transaction, 0 when none.</summary>
    public long LastAppendedEventId { get; set; }

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

    /// <summary>Every row's raw values (a RETURNING clause's rows, read here and turned into models off the writer thread).</summary>
    public static List<object[]> ReadRows(SqliteCommand cmd)
    {
        var rows = new List<object[]>();
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }
        return rows;
    }

    /// <summary>An event's parameter values, serialized by the caller before it queues the write.</summary>
    public static object[] EventValues(NewJobEvent e) =>
        [e.JobId, e.Type, e.Level.ToString(), e.Message, StoredJobJson.Serialize(e.Payload), SqliteTime.ToDb(e.TimestampUtc)];

    public static object[][] EventValues(IReadOnlyList<NewJobEvent> events)
    {
        var values = new object[events.Count][];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = EventValues(events[i]);
        }
        return values;
    }

    /// <summary>
    /// While set, <see cref="AppendEvents"/> only queues the events and hands back ids that <see cref="FlushEvents"/>
    /// fills: a turn's events then go in with a few multi-row INSERTs instead of one or more per write.
    /// </summary>
    public bool DeferEvents { get; set; }

    /// <summary>
    /// Appends events (see <see cref="EventValues(IReadOnlyList{NewJobEvent})"/>) and returns their ids; while
    /// <see cref="DeferEvents"/> is set the ids are filled in by the next <see cref="FlushEvents"/>.
    /// </summary>
    public IReadOnlyList<long> AppendEvents(object[][] events)
    {
        if (events.Length == 0)
        {
            return [];
        }
        var ids = new long[events.Length];
        for (var i = 0; i < events.Length; i++)
        {
            _pending.Add((events[i], ids, i));
        }
        if (!DeferEvents)
        {
            FlushEvents();
        }
        return ids;
    }

    public long AppendEvent(object[] values) => AppendEvents([values])[0];

    /// <summary>
    /// Inserts the queued events in order with multi-row INSERTs of up to <see cref="EventsPerInsert"/> rows. One
    /// writer and AUTOINCREMENT make the ids of one statement consecutive, ending at the last inserted rowid.
    /// </summary>
    public void FlushEvents()
    {
        for (var start = 0; start < _pending.Count; start += EventsPerInsert)
        {
            var count = Math.Min(EventsPerInsert, _pending.Count - start);
            var cmd = Prepared(InsertEventsSql[count - 1]);
            var p = 0;
            for (var row = start; row < start + count; row++)
            {
                var values = _pending[row].Values;
                for (var i = 0; i < values.Length; i++, p++)
                {
                    Bind(cmd, p, EventParameterNames[p], values[i]);
                }
            }
            cmd.ExecuteNonQuery();
            var last = raw.sqlite3_last_insert_rowid(Connection.Handle);
            for (var k = 0; k < count; k++)
            {
                var (_, ids, index) = _pending[start + k];
                ids[index] = last - count + 1 + k;
            }
            LastAppendedEventId = last;
        }
        _pending.Clear();
    }

    /// <summary>Forgets the queued events (their transaction was rolled back).</summary>
    public void DiscardEvents() => _pending.Clear();

    /// <summary>Adds to both totals of <paramref name="owner"/>'s counters ('' stands for jobs without an owner).</summary>
    public void AddToCounters(string? owner, IReadOnlyDictionary<string, long> deltas)
    {
        foreach (var (name, delta) in deltas)
        {
            var cmd = Command(AddCounterSql);
            cmd.Parameters.AddWithValue("@owner", owner ?? "");
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
