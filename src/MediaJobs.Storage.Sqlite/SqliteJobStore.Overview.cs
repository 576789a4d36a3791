using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Sqlite;

// Overviews for the dashboard and clients: batches with their per-status counts, running jobs per lease owner.
public sealed partial class SqliteJobStore
{
    // Batches that still hold a job (a batch row outlives its deleted jobs).
    private const string ListedBatches =
        "FROM batches b WHERE (@owner IS NULL OR b.owner = @owner) AND EXISTS (SELECT 1 FROM jobs x WHERE x.batch_id = b.id)";

    // One statement, one snapshot: the page of batches joined with their jobs grouped by status.
    private const string BatchPageSql =
        $"WITH page AS (SELECT b.id, b.name, b.owner, b.created_utc {ListedBatches} ORDER BY b.created_utc DESC, b.id DESC LIMIT @limit OFFSET @offset) " +
        "SELECT p.id, p.name, p.owner, p.created_utc, j.status, COUNT(*), SUM(j.progress_pct) FROM page p JOIN jobs j ON j.batch_id = p.id " +
        "GROUP BY p.id, p.name, p.owner, p.created_utc, j.status ORDER BY p.created_utc DESC, p.id DESC";

    public async Task<BatchPage> ListBatchesAsync(BatchQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenReaderAsync(ct);
        // A deferred (read) transaction so the total and the page come from the same snapshot; it never writes.
        // Its BEGIN takes no lock and does no I/O (the async overloads have no 'deferred' and would BEGIN IMMEDIATE).
#pragma warning disable CA1849
        await using var tx = connection.BeginTransaction(deferred: true);
#pragma warning restore CA1849
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.Parameters.AddWithValue("@owner", (object?)query.Owner ?? DBNull.Value);
        cmd.Parameters.AddWithValue("@limit", Math.Max(0, query.Limit));
        cmd.Parameters.AddWithValue("@offset", Math.Max(0, query.Offset));
        cmd.CommandText = $"SELECT COUNT(*) {ListedBatches}";
        var total = Convert.ToInt32(await cmd.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);

        cmd.CommandText = BatchPageSql;
        var groups = new List<(Batch Batch, (JobStatus, int, double) Group)>();
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                groups.Add(ReadBatchGroup(r));
            }
        }
        await tx.CommitAsync(ct);
        return new BatchPage(BatchSummary.FromRows(groups), total);
    }

    public async Task<IReadOnlyDictionary<string, int>> CountRunningByLeaseOwnerAsync(CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT lease_owner, COUNT(*) FROM jobs WHERE status = 'Running' AND lease_owner IS NOT NULL GROUP BY lease_owner";
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            counts[r.GetString(0)] = r.GetInt32(1);
        }
        return counts;
    }

    private static (Batch Batch, (JobStatus, int, double) Group) ReadBatchGroup(Microsoft.Data.Sqlite.SqliteDataReader r) =>
        (new Batch(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), SqliteTime.FromDb(r.GetString(3))),
         (Enum.Parse<JobStatus>(r.GetString(4)), r.GetInt32(5), r.GetDouble(6)));

}
