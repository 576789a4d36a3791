using System.Globalization;
using MediaJobs.Core.Webhooks;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// The webhook outbox: rows beside the event log. Filling is idempotent and claims skip locked rows,
// so every node may run a dispatcher at once; each row is sent by one of them at a time.
public sealed partial class PostgresJobStore
{
    private const string InsertDeliveriesSql =
        "INSERT INTO webhook_deliveries (id, job_id, event_id, kind, url, token, payload, status, attempts, next_attempt_utc, created_utc) " +
        "SELECT id, job_id, event_id, kind, url, token, payload, 'Pending', 0, next, created FROM unnest($1::text[], $2::text[], " +
        "$3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::timestamptz[], $9::timestamptz[]) " +
        "AS u(id, job_id, event_id, kind, url, token, payload, next, created) ON CONFLICT (event_id, url) DO NOTHING";

    private const string MoveCursorSql =
        "INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value " +
        "WHERE settings.value::bigint < excluded.value::bigint";

    private const string ClaimDeliveriesSql =
        "UPDATE webhook_deliveries d SET next_attempt_utc = $1 FROM (SELECT id FROM webhook_deliveries " +
        "WHERE status = 'Pending' AND next_attempt_utc <= $2 ORDER BY next_attempt_utc, event_id LIMIT $3 FOR UPDATE SKIP LOCKED) c " +
        "WHERE d.id = c.id RETURNING d.id, d.job_id, d.event_id, d.kind, d.url, d.token, d.payload, d.status, d.attempts, " +
        "d.next_attempt_utc, d.last_status_code, d.last_error, d.created_utc, d.completed_utc";

    private const string RecordAttemptSql =
        "UPDATE webhook_deliveries SET status = $1, attempts = $2, next_attempt_utc = $3, last_status_code = $4, " +
        "last_error = $5, completed_utc = $6 WHERE id = $7";

    public Task<int> AddWebhookDeliveriesAsync(IReadOnlyList<WebhookDelivery> deliveries, long cursor, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        return InTransactionAsync(async scope =>
        {
            var inserted = 0;
            if (deliveries.Count > 0)
            {
                await using var insert = Command(scope, InsertDeliveriesSql,
                    PgJobRows.TextArray([.. deliveries.Select(d => d.Id)]),
                    PgJobRows.TextArray([.. deliveries.Select(d => d.JobId)]),
                    new NpgsqlParameter { Value = deliveries.Select(d => d.EventId).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Bigint },
                    PgJobRows.TextArray([.. deliveries.Select(d => d.Kind)]),
                    PgJobRows.TextArray([.. deliveries.Select(d => d.Url)]),
                    new NpgsqlParameter { Value = deliveries.Select(d => d.Token).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Text },
                    PgJobRows.TextArray([.. deliveries.Select(d => d.Payload)]),
                    TimeArray(deliveries.Select(d => d.NextAttemptUtc ?? d.CreatedUtc)),
                    TimeArray(deliveries.Select(d => d.CreatedUtc)));
                inserted = await insert.ExecuteNonQueryAsync(ct);
            }
            await using var move = Command(scope, MoveCursorSql,
                PgJobRows.Text(WebhookOutboxTable.CursorKey), PgJobRows.Text(cursor.ToString(CultureInfo.InvariantCulture)));
            await move.ExecuteNonQueryAsync(ct);
            return inserted;
        }, ct);
    }

    public async Task<IReadOnlyList<WebhookDelivery>> ClaimDueWebhooksAsync(DateTimeOffset now, DateTimeOffset leaseUntil, int max, CancellationToken ct)
    {
        if (max <= 0)
        {
            return [];
        }
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(ClaimDeliveriesSql, connection);
        cmd.Parameters.Add(PgJobRows.Time(leaseUntil));
        cmd.Parameters.Add(PgJobRows.Time(now));
        cmd.Parameters.Add(PgJobRows.Int(max));
        var deliveries = await ReadDeliveriesAsync(cmd, ct);
        // RETURNING gives no order.
        deliveries.Sort((a, b) => a.EventId.CompareTo(b.EventId));
        return deliveries;
    }

    public Task RecordWebhookAttemptAsync(WebhookAttempt attempt, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var final = attempt.Status != WebhookDeliveryStatus.Pending;
        return InTransactionAsync(async scope =>
        {
            await using var cmd = Command(scope, RecordAttemptSql,
                PgJobRows.Text(attempt.Status.ToString()),
                PgJobRows.Int(attempt.Attempts),
                PgJobRows.Time(final ? null : attempt.NextAttemptUtc ?? attempt.Now),
                new NpgsqlParameter { Value = (object?)attempt.StatusCode ?? DBNull.Value, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Integer },
                PgJobRows.Text(attempt.Error),
                PgJobRows.Time(final ? attempt.Now : null),
                PgJobRows.Text(attempt.DeliveryId));
            var updated = await cmd.ExecuteNonQueryAsync(ct);
            if (updated > 0 && attempt.Event is { } e)
            {
                await using var exists = Command(scope, "SELECT 1 FROM jobs WHERE id = $1", PgJobRows.Text(e.JobId));
                if (await exists.ExecuteScalarAsync(ct) is not null)
                {
                    await AppendEventsAsync(scope, [e], ct);
                }
            }
            return updated;
        }, ct);
    }

    public async Task<WebhookDelivery?> ResendWebhookDeliveryAsync(string jobId, string deliveryId, DateTimeOffset now, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "UPDATE webhook_deliveries SET status = 'Pending', attempts = 0, next_attempt_utc = $1, completed_utc = NULL " +
            $"WHERE id = $2 AND job_id = $3 AND status <> 'Pending' RETURNING {WebhookOutboxTable.DeliveryColumns}", connection);
        cmd.Parameters.Add(PgJobRows.Time(now));
        cmd.Parameters.Add(PgJobRows.Text(deliveryId));
        cmd.Parameters.Add(PgJobRows.Text(jobId));
        return (await ReadDeliveriesAsync(cmd, ct)).SingleOrDefault();
    }

    private static NpgsqlParameter TimeArray(IEnumerable<DateTimeOffset> values) =>
        new() { Value = values.Select(PgTime.ToDb).ToArray(), NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.TimestampTz };
}
