using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// One transaction of the writer as one pipelined round trip: BEGIN, the event-log lock (when an op may
/// append events), every op's statements, the event head, COMMIT. Rows come back routed to the op that asked.
/// </summary>
internal sealed class PgWriteBatch(NpgsqlConnection connection) : IDisposable
{
    private readonly NpgsqlBatch _batch = new(connection);
    private readonly List<Entry> _entries = [];

    private sealed record Entry(NpgsqlBatchCommand Command, PgWriteOp? Owner, bool Shared, Action<NpgsqlDataReader>? OnRow, bool ReturnsRows);

    /// <summary>The op whose statements are being added (null: the writer's own, or one shared by several ops).</summary>
    public PgWriteOp? Owner { get; set; }

    /// <summary>Whether the statements being added carry several ops (a failure there names none of them).</summary>
    public bool Shared { get; set; }

    /// <summary>A statement that returns no result set (INSERT or UPDATE without RETURNING).</summary>
    public void Add(string sql, IEnumerable<NpgsqlParameter> parameters) => Add(sql, parameters, null, returnsRows: false);

    /// <summary>A statement that returns a result set (SELECT, RETURNING); <paramref name="onRow"/> sees each row (null: ignored).</summary>
    public void AddQuery(string sql, IEnumerable<NpgsqlParameter> parameters, Action<NpgsqlDataReader>? onRow) =>
        Add(sql, parameters, onRow, returnsRows: true);

    private void Add(string sql, IEnumerable<NpgsqlParameter> parameters, Action<NpgsqlDataReader>? onRow, bool returnsRows)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }
        _batch.BatchCommands.Add(command);
        _entries.Add(new Entry(command, Owner, Shared, onRow, returnsRows));
    }

    /// <summary>
    /// Sends every statement in one round trip and routes the rows. Npgsql positions the reader on result sets
    /// only, skipping statements that return none, so the entries that return rows line up with them in order.
    /// </summary>
    public void Execute()
    {
        using var reader = _batch.ExecuteReader();
        var first = true;
        foreach (var entry in _entries)
        {
            if (!entry.ReturnsRows)
            {
                continue;
            }
            if (!first && !reader.NextResult())
            {
                throw new InvalidOperationException("A statement of the write batch returned no result set.");
            }
            first = false;
            while (reader.Read())
            {
                entry.OnRow?.Invoke(reader);
            }
        }
    }

    /// <summary>Whether <paramref name="command"/> is a statement before the final COMMIT (so a failure there kept nothing).</summary>
    public bool IsBeforeCommit(NpgsqlBatchCommand? command) =>
        command is not null && _entries.FindIndex(e => ReferenceEquals(e.Command, command)) is var i && i >= 0 && i < _entries.Count - 1;

    /// <summary>The op whose statement failed, when the failure names one.</summary>
    public PgWriteOp? OwnerOf(NpgsqlBatchCommand? command) =>
        command is null ? null : _entries.Find(e => ReferenceEquals(e.Command, command))?.Owner;

    /// <summary>Whether <paramref name="command"/> carries several ops' writes.</summary>
    public bool IsShared(NpgsqlBatchCommand? command) =>
        command is not null && _entries.Find(e => ReferenceEquals(e.Command, command))?.Shared == true;

    public void Dispose() => _batch.Dispose();
}
