using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Per-type reads a surface asks for (its stats, its "latest active job"): one statement each, never a scan in the caller.
public sealed partial class PostgresJobStore
{
    public async Task<JobTypeSummary> SummarizeTypeAsync(string type, string? owner, string counter, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT status, COUNT(*), COALESCE(SUM(GREATEST(COALESCE((counters ->> $2)::bigint, 0), 0)), 0)::bigint " +
            $"FROM jobs WHERE type = $1 {(owner is null ? "" : "AND owner = $3")} GROUP BY status", connection);
        cmd.Parameters.Add(PgJobRows.Text(type));
        cmd.Parameters.Add(PgJobRows.Text(counter));
        if (owner is not null)
        {
            cmd.Parameters.Add(PgJobRows.Text(owner));
        }
        var counts = new Dictionary<JobStatus, int>();
        long sum = 0;
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts[Enum.Parse<JobStatus>(reader.GetString(0))] = (int)reader.GetInt64(1);
            sum += reader.GetInt64(2);
        }
        return new JobTypeSummary(counts, sum);
    }

    public async Task<Job?> FindLatestActiveAsync(string type, string? owner, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            $"SELECT {JobTable.Columns} FROM jobs WHERE type = $1 AND status IN ('Running', 'Queued') {(owner is null ? "" : "AND owner = $2")} " +
            "ORDER BY CASE status WHEN 'Running' THEN 0 ELSE 1 END, " +
            "CASE status WHEN 'Running' THEN started_utc ELSE created_utc END DESC, created_utc DESC, id DESC LIMIT 1", connection);
        cmd.Parameters.Add(PgJobRows.Text(type));
        if (owner is not null)
        {
            cmd.Parameters.Add(PgJobRows.Text(owner));
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? JobTable.Read(reader, PgJobRows.Dialect) : null;
    }
}
