using System.Data.Common;
using System.Text;
using Dapper;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

// Reads: pooled read-only connections, never the writer. WAL gives each read a consistent snapshot.
public sealed partial class SqliteJobStore
{
    public async Task<Job?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {JobRows.Columns} FROM jobs WHERE id = @id";
        cmd.Parameters.AddWithValue("@id", id);
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? JobRows.Read(reader) : null;
    }

    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        var where = new StringBuilder("WHERE 1 = 1");
        if (query.Statuses is { Count: > 0 } statuses)
        {
            where.Append(" AND status IN (SELECT value FROM json_each(@statuses))");
            cmd.Parameters.AddWithValue("@statuses", StoredJobJson.Serialize(statuses.Select(s => s.ToString()).ToArray()));
        }
        AddFilter(cmd, where, "type", "@type", query.Type);
        AddFilter(cmd, where, "batch_id", "@batch_id", query.BatchId);
        AddFilter(cmd, where, "owner", "@owner", query.Owner);
        if (!string.IsNullOrEmpty(query.Text))
        {
            where.Append(" AND (id = @text OR batch_id = @text OR instr(lower(input), lower(@text)) > 0)");
            cmd.Parameters.AddWithValue("@text", query.Text);
        }
        cmd.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        cmd.Parameters.AddWithValue("@offset", Math.Max(0, query.Offset));

        cmd.CommandText = $"SELECT COUNT(*) FROM jobs {where}";
        var total = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        cmd.CommandText = $"SELECT {JobRows.Columns} FROM jobs {where} ORDER BY {(query.OldestFirst ? "created_utc ASC, id ASC" : "created_utc DESC, id DESC")} LIMIT @limit OFFSET @offset";
        var items = new List<Job>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            items.Add(JobRows.Read(reader));
        }
        return new JobPage(items, total);
    }

    public async Task<IReadOnlyList<JobEvent>> ReadEventsAsync(EventQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = query.JobId is null
            ? $"SELECT {EventLogTable.Columns} FROM job_events WHERE id > @after ORDER BY id LIMIT @limit"
            : $"SELECT {EventLogTable.Columns} FROM job_events WHERE job_id = @job AND id > @after ORDER BY id LIMIT @limit";
        cmd.Parameters.AddWithValue("@after", query.AfterId);
        cmd.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        if (query.JobId is not null)
        {
            cmd.Parameters.AddWithValue("@job", query.JobId);
        }
        var events = new List<JobEvent>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            events.Add(EventLogTable.Read(reader, SqliteTime.FromDb(reader.GetString(6))));
        }
        return events;
    }

    public async Task<long> GetLastEventIdAsync(CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(LastEventIdSql, cancellationToken: ct));
    }

    protected override async Task<DbConnection> OpenReadConnectionAsync(CancellationToken ct) => await OpenReaderAsync(ct);

    // A deferred (read) transaction: its BEGIN takes no lock and does no I/O, and it never writes. (The async
    // overloads have no 'deferred' and would BEGIN IMMEDIATE.)
#pragma warning disable CA1849
    protected override Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: true));
#pragma warning restore CA1849

    protected override DateTimeOffset TimeFromDb(object value) => SqliteTime.FromDb((string)value);

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_session is null)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void AddFilter(SqliteCommand cmd, StringBuilder where, string column, string parameter, string? value)
    {
        if (value is null)
        {
            return;
        }
        where.Append(" AND ").Append(column).Append(" = ").Append(parameter);
        cmd.Parameters.AddWithValue(parameter, value);
    }
}
