using System.Data;
using System.Data.Common;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Relational;

// Overviews for the dashboard and clients: batches with their per-status counts, running jobs per lease owner.
public abstract partial class RelationalJobStore
{
    // Batches that still hold a job (a batch row outlives its deleted jobs).
    private const string ListedBatches =
        "FROM batches b WHERE (@owner IS NULL OR b.owner = @owner) AND EXISTS (SELECT 1 FROM jobs x WHERE x.batch_id = b.id)";

    // The page of batches joined with their jobs grouped by status.
    private const string BatchPageSql =
        $"WITH page AS (SELECT b.id, b.name, b.owner, b.created_utc {ListedBatches} ORDER BY b.created_utc DESC, b.id DESC LIMIT @limit OFFSET @offset) " +
        "SELECT p.id, p.name, p.owner, p.created_utc, j.status, CAST(COUNT(*) AS INTEGER), SUM(j.progress_pct) FROM page p JOIN jobs j ON j.batch_id = p.id " +
        "GROUP BY p.id, p.name, p.owner, p.created_utc, j.status ORDER BY p.created_utc DESC, p.id DESC";

    public async Task<BatchPage> ListBatchesAsync(BatchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenReadConnectionAsync(ct);
        // One snapshot: the total and the page agree.
        await using var tx = await BeginSnapshotAsync(connection, ct);
        await using var count = Command(connection, $"SELECT COUNT(*) {ListedBatches}", ("@owner", query.Owner, DbType.String));
        count.Transaction = tx;
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        await using var page = Command(connection, BatchPageSql,
            ("@owner", query.Owner, DbType.String), ("@limit", Math.Max(0, query.Limit), DbType.Int32), ("@offset", Math.Max(0, query.Offset), DbType.Int32));
        page.Transaction = tx;
        var rows = new List<(Batch Batch, (JobStatus, int, double) Group)>();
        await using (var r = await page.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                rows.Add((ReadBatch(r), (Enum.Parse<JobStatus>(r.GetString(4)), r.GetInt32(5), r.GetDouble(6))));
            }
        }
        await tx.CommitAsync(ct);
        return new BatchPage(BatchSummary.FromRows(rows), total);
    }

    public async Task<Batch?> GetBatchAsync(string id, CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        await using var cmd = Command(connection, "SELECT id, name, owner, created_utc FROM batches WHERE id = @id", ("@id", id, DbType.String));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        return await r.ReadAsync(ct) ? ReadBatch(r) : null;
    }

    public async Task<IReadOnlyDictionary<string, int>> CountRunningByLeaseOwnerAsync(CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        await using var cmd = Command(connection,
            "SELECT lease_owner, CAST(COUNT(*) AS INTEGER) FROM jobs WHERE status = 'Running' AND lease_owner IS NOT NULL GROUP BY lease_owner");
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts[r.GetString(0)] = r.GetInt32(1);
        }
        return counts;
    }

    /// <summary>A batch from columns 0..3: id, name, owner, created_utc.</summary>
    private Batch ReadBatch(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), TimeFromDb(r.GetValue(3)));
}
