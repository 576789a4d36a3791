using System.Data.Common;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// Applies a store's numbered scripts in order, each once, in one transaction, and records them in
/// <c>schema_migrations</c>: a failed script leaves the schema as it was.
/// </summary>
public static class SchemaMigrator
{
    public static async Task ApplyAsync(DbConnection connection, MigrationDialect dialect, IEnumerable<MigrationScript> scripts, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(dialect);
        ArgumentNullException.ThrowIfNull(scripts);
        // The default isolation: SQLite begins IMMEDIATE (the write lock at once), PostgreSQL READ COMMITTED.
        await using var tx = await connection.BeginTransactionAsync(ct);
        if (dialect.LockSql is { } lockSql)
        {
            await ExecuteAsync(tx, lockSql, ct);
        }
        await ExecuteAsync(tx, dialect.CreateHistorySql, ct);
        var applied = await ReadAppliedAsync(tx, ct);
        foreach (var script in scripts.Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(tx, script.Sql, ct);
            await RecordAsync(tx, script, dialect.AppliedTime(now), ct);
        }
        await tx.CommitAsync(ct);
    }

    private static async Task<HashSet<int>> ReadAppliedAsync(DbTransaction tx, CancellationToken ct)
    {
        await using var cmd = Command(tx, "SELECT version FROM schema_migrations");
        var applied = new HashSet<int>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied.Add(Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }
        return applied;
    }

    private static async Task RecordAsync(DbTransaction tx, MigrationScript script, object appliedTime, CancellationToken ct)
    {
        await using var cmd = Command(tx, "INSERT INTO schema_migrations (version, name, applied_utc) VALUES (@version, @name, @applied)");
        AddParameter(cmd, "@version", script.Version);
        AddParameter(cmd, "@name", script.Name);
        AddParameter(cmd, "@applied", appliedTime);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = Command(tx, sql);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static DbCommand Command(DbTransaction tx, string sql)
    {
        var cmd = tx.Connection!.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var parameter = cmd.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        cmd.Parameters.Add(parameter);
    }
}
