using Dapper;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Sqlite;

// Per-type reads a surface asks for (its stats, its "latest active job"): one statement each, never a scan in the caller.
public sealed partial class SqliteJobStore
{
    public async Task<JobTypeSummary> SummarizeTypeAsync(string type, string? owner, string counter, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        var rows = await connection.QueryAsync<(string Status, long Count, long Sum)>(new CommandDefinition(
            "SELECT status, COUNT(*), COALESCE(SUM(MAX(COALESCE((SELECT value FROM json_each(counters) WHERE key = @counter), 0), 0)), 0) " +
            $"FROM jobs WHERE type = @type {(owner is null ? "" : "AND owner = @owner")} GROUP BY status",
            new { type, owner, counter }, cancellationToken: ct));
        var counts = new Dictionary<JobStatus, int>();
        long sum = 0;
        foreach (var (status, count, amount) in rows)
        {
            counts[Enum.Parse<JobStatus>(status)] = (int)count;
            sum += amount;
        }
        return new JobTypeSummary(counts, sum);
    }

    public async Task<Job?> FindLatestActiveAsync(string type, string? owner, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText =
            $"SELECT {JobTable.Columns} FROM jobs WHERE type = @type AND status IN ('Running', 'Queued') {(owner is null ? "" : "AND owner = @owner")} " +
            "ORDER BY CASE status WHEN 'Running' THEN 0 ELSE 1 END, " +
            "CASE status WHEN 'Running' THEN started_utc ELSE created_utc END DESC, created_utc DESC, id DESC LIMIT 1";
        cmd.Parameters.AddWithValue("@type", type);
        if (owner is not null)
        {
            cmd.Parameters.AddWithValue("@owner", owner);
        }
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? JobTable.Read(reader, JobRows.Dialect) : null;
    }
}
