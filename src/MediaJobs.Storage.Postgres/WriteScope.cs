using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>One write transaction in progress, and what it did that matters after the commit.</summary>
internal sealed class WriteScope(NpgsqlConnection connection, NpgsqlTransaction transaction)
{
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>The newest event id appended in this transaction, 0 when none.</summary>
    public long LastEventId { get; set; }

    /// <summary>Set when appending events also committed (events are always the last write of a transaction).</summary>
    public bool Committed { get; set; }
}
