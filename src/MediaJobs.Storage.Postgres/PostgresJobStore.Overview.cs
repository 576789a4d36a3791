using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Overviews for the dashboard and clients: batches with their per-status counts, running jobs per lease owner.
public sealed partial class PostgresJobStore
{
    // Batches that still hold a job (a batch row outlives its deleted jobs).
    private const string ListedBatches =
        "FROM batches b WHERE ($1::text IS NULL OR b.owner = $1) AND EXISTS (SELECT 1 FROM jobs x WHERE x.batch_id = b.id)";

    private const string BatchPageSql =
        $"WITH page AS (SELECT b.id, b.name, b.owner, b.created_utc {ListedBatches} ORDER BY b.created_utc DESC, b.id DESC LIMIT $2 OFFSET $3) " +
        "SELECT p.id, p.name, p.owner, p.created_utc, j.status, COUNT(*)::int, SUM(j.progress_pct)::float8 FROM page p JOIN jobs j ON j.batch_id = p.id " +
        "GROUP BY p.id, p.name, p.owner, p.created_utc, j.status ORDER BY p.created_utc DESC, p.id DESC";

    public async Task<BatchPage> ListBatchesAsync(BatchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(ct);
        // Repeatable read: the total and the page come from the same snapshot.
        await using var tx = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        await using var count = new NpgsqlCommand($"SELECT COUNT(*) {ListedBatches}", connection, tx);
        count.Parameters.Add(PgJobRows.Text(query.Owner));
        var total = (int)(long)(await count.ExecuteScalarAsync(ct))!;

        await using var page = new NpgsqlCommand(BatchPageSql, connection, tx);
        page.Parameters.Add(PgJobRows.Text(query.Owner));
        page.Parameters.Add(PgJobRows.Int(Math.Max(0, query.Limit)));
        page.Parameters.Add(PgJobRows.Int(Math.Max(0, query.Offset)));
        var rows = new List<(Batch Batch, (JobStatus, int, double) Group)>();
        await using (var r = await page.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                rows.Add(ReadBatchGroup(r));
            }
        }
        await tx.CommitAsync(ct);
        return new BatchPage(BatchSummary.FromRows(rows), total);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountRunningByLeaseOwnerAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT lease_owner, COUNT(*)::int FROM jobs WHERE status = 'Running' AND lease_owner IS NOT NULL GROUP BY lease_owner", connection);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts[r.GetString(0)] = r.GetInt32(1);
        }
        return counts;
    }

    private static (Batch Batch, (JobStatus, int, double) Group) ReadBatchGroup(NpgsqlDataReader r) =>
        (new Batch(r.GetString(0), r.GetString(1), PgJobRows.NullableString(r, 2), r.GetFieldValue<DateTimeOffset>(3)),
         (Enum.Parse<JobStatus>(r.GetString(4)), r.GetInt32(5), r.GetDouble(6)));
}
