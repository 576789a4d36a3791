using System.Globalization;
using MediaJobs.Core.Webhooks;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Sqlite;

// The webhook outbox (IWebhookOutbox): rows beside the event log, written by the one writer.
public sealed partial class SqliteJobStore : IWebhookOutbox
{
    private const string InsertDeliverySql =
        "INSERT INTO webhook_deliveries (id, job_id, event_id, kind, url, token, payload, status, attempts, " +
        "next_attempt_utc, created_utc) VALUES (@id, @job_id, @event_id, @kind, @url, @token, @payload, 'Pending', 0, " +
        "@next, @created) ON CONFLICT (event_id, url) DO NOTHING";

    private const string MoveCursorSql =
        "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value " +
        "WHERE CAST(settings.value AS INTEGER) < CAST(excluded.value AS INTEGER)";

    private const string ClaimDeliveriesSql =
        "UPDATE webhook_deliveries SET next_attempt_utc = @lease WHERE id IN (SELECT id FROM webhook_deliveries " +
        "WHERE status = 'Pending' AND next_attempt_utc <= @now ORDER BY next_attempt_utc, event_id LIMIT @n) " +
        $"RETURNING {WebhookOutboxTable.DeliveryColumns}";

    private const string RecordAttemptSql =
        "UPDATE webhook_deliveries SET status = @status, attempts = @attempts, next_attempt_utc = @next, " +
        "last_status_code = @code, last_error = @error, completed_utc = @completed WHERE id = @id";

    public Task<int> AddWebhookDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, long cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        var rows = deliveries.Select(d => new object[]
        {
            d.Id, d.JobId, d.EventId, d.Kind, d.Url, (object?)d.Token ?? DBNull.Value, d.Payload,
            SqliteTime.ToDb(d.NextAttemptUtc ?? d.CreatedUtc), SqliteTime.ToDb(d.CreatedUtc),
        }).ToArray();
        return Submit(s =>
        {
            var inserted = 0;
            string[] names = ["@id", "@job_id", "@event_id", "@kind", "@url", "@token", "@payload", "@next", "@created"];
            foreach (var row in rows)
            {
                var cmd = s.Prepared(InsertDeliverySql);
                for (var i = 0; i < row.Length; i++)
                {
                    WriterSession.Bind(cmd, i, names[i], row[i]);
                }
                inserted += cmd.ExecuteNonQuery();
            }
            var move = s.Command(MoveCursorSql);
            move.Parameters.AddWithValue("@key", WebhookOutboxTable.CursorKey);
            move.Parameters.AddWithValue("@value", cursor.ToString(CultureInfo.InvariantCulture));
            move.ExecuteNonQuery();
            return inserted;
        }, ct);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueWebhooksAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct)
    {
        if (max <= 0)
        {
            return [];
        }
        var nowText = SqliteTime.ToDb(now);
        var leaseText = SqliteTime.ToDb(leaseUntil);
        var rows = await Submit(s =>
        {
            var cmd = s.Command(ClaimDeliveriesSql);
            cmd.Parameters.AddWithValue("@lease", leaseText);
            cmd.Parameters.AddWithValue("@now", nowText);
            cmd.Parameters.AddWithValue("@n", max);
            return WriterSession.ReadRows(cmd);
        }, ct);
        var deliveries = rows.ConvertAll(ReadDelivery);
        // RETURNING gives no order.
        deliveries.Sort((a, b) => a.EventId.CompareTo(b.EventId));
        return deliveries;
    }

    public Task RecordWebhookAttemptAsync(WebhookAttempt attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var final = attempt.Status != WebhookDeliveryStatus.Pending;
        object[] values =
        [
            attempt.Status.ToString(),
            attempt.Attempts,
            final ? DBNull.Value : SqliteTime.ToDb(attempt.NextAttemptUtc ?? attempt.Now),
            (object?)attempt.StatusCode ?? DBNull.Value,
            (object?)attempt.Error ?? DBNull.Value,
            final ? SqliteTime.ToDb(attempt.Now) : DBNull.Value,
            attempt.DeliveryId,
        ];
        var eventValues = attempt.Event is null ? null : WriterSession.EventValues(attempt.Event);
        return Submit(s =>
        {
            var cmd = s.Command(RecordAttemptSql);
            string[] names = ["@status", "@attempts", "@next", "@code", "@error", "@completed", "@id"];
            for (var i = 0; i < names.Length; i++)
            {
                cmd.Parameters.AddWithValue(names[i], values[i]);
            }
            var updated = cmd.ExecuteNonQuery();
            if (updated > 0 && eventValues is not null && JobExists(s, attempt.Event!.JobId))
            {
                s.AppendEvent(eventValues);
            }
            return updated;
        }, ct);
    }

    public Task<WebhookDelivery?> ResendWebhookDeliveryAsync(string jobId, string deliveryId, DateTimeOffset now, CancellationToken ct) => Submit(s =>
    {
        var cmd = s.Command("UPDATE webhook_deliveries SET status = 'Pending', attempts = 0, next_attempt_utc = @now, completed_utc = NULL " +
            $"WHERE id = @id AND job_id = @job AND status <> 'Pending' RETURNING {WebhookOutboxTable.DeliveryColumns}");
        cmd.Parameters.AddWithValue("@now", SqliteTime.ToDb(now));
        cmd.Parameters.AddWithValue("@id", deliveryId);
        cmd.Parameters.AddWithValue("@job", jobId);
        return WriterSession.ReadRows(cmd) is [var values] ? (WebhookDelivery?)ReadDelivery(values) : null;
    }, ct);

    private static bool JobExists(WriterSession s, string jobId)
    {
        var cmd = s.Command("SELECT 1 FROM jobs WHERE id = @id");
        cmd.Parameters.AddWithValue("@id", jobId);
        return cmd.ExecuteScalar() is not null;
    }

    private WebhookDelivery ReadDelivery(object[] r) => WebhookOutboxTable.ReadDelivery(r, TimeFromDb);
}
