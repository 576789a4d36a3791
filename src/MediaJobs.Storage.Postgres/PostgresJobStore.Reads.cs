using System.Text;
using MediaJobs.Core.Jobs;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Reads: pooled connections, each statement its own snapshot.
public sealed partial class PostgresJobStore
{
    public async Task<Job?> GetAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand($"SELECT {PgJobRows.Columns} FROM jobs WHERE id = $1", connection);
        cmd.Parameters.Add(PgJobRows.Text(id));
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? PgJobRows.Read(reader) : null;
    }

    public async Task<JobPage> ListAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<NpgsqlParameter>();
        if (query.Statuses is { Count: > 0 } statuses)
        {
            parameters.Add(PgJobRows.TextArray([.. statuses.Select(s => s.ToString())]));
            where.Append(" AND status = ANY($").Append(parameters.Count).Append(')');
        }
        AddFilter(where, parameters, "type", query.Type);
        AddFilter(where, parameters, "batch_id", query.BatchId);
        AddFilter(where, parameters, "owner", query.Owner);
        if (!string.IsNullOrEmpty(query.Text))
        {
            // Same match as SQLite: the id or batch id exactly, or the stored input JSON case-insensitively.
            parameters.Add(PgJobRows.Text(query.Text));
            var n = parameters.Count;
            where.Append($" AND (id = ${n} OR batch_id = ${n} OR strpos(lower(input), lower(${n})) > 0)");
        }
        await using var connection = await OpenAsync(ct);
        await using var batch = new NpgsqlBatch(connection);
        var count = new NpgsqlBatchCommand($"SELECT COUNT(*) FROM jobs {where}");
        count.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        var page = new NpgsqlBatchCommand(
            $"SELECT {PgJobRows.Columns} FROM jobs {where} ORDER BY {(query.OldestFirst ? "created_utc ASC, id ASC" : "created_utc DESC, id DESC")} " +
            $"LIMIT ${parameters.Count + 1} OFFSET ${parameters.Count + 2}");
        page.Parameters.AddRange(parameters.ToArray());
        page.Parameters.Add(PgJobRows.Int(Math.Max(0, query.Limit)));
        page.Parameters.Add(PgJobRows.Int(Math.Max(0, query.Offset)));
        batch.BatchCommands.Add(count);
        batch.BatchCommands.Add(page);
        await using var reader = await batch.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var total = (int)reader.GetInt64(0);
        await reader.NextResultAsync(ct);
        var items = new List<Job>();
        while (await reader.ReadAsync(ct))
        {
            items.Add(PgJobRows.Read(reader));
        }
        return new JobPage(items, total);
    }

    private static void AddFilter(StringBuilder where, List<NpgsqlParameter> parameters, string column, string? value)
    {
        if (value is null)
        {
            return;
        }
        parameters.Add(PgJobRows.Text(value));
        where.Append(" AND ").Append(column).Append(" = $").Append(parameters.Count);
    }
}
