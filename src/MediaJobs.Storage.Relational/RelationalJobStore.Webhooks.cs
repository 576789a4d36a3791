using System.Data;
using System.Data.Common;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Storage.Relational;

// The webhook outbox's reads (its writes are each store's own).
public abstract partial class RelationalJobStore
{
    public async Task<long> GetWebhookCursorAsync(CancellationToken ct) =>
        WebhookOutboxTable.ParseCursor(await GetSettingAsync(WebhookOutboxTable.CursorKey, ct));

    public async Task<IReadOnlyList<WebhookDelivery>> ListWebhookDeliveriesAsync(string jobId, CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        await using var cmd = Command(connection,
            $"SELECT {WebhookOutboxTable.DeliveryColumns} FROM webhook_deliveries WHERE job_id = @job ORDER BY event_id, url",
            ("@job", jobId, DbType.String));
        return await ReadDeliveriesAsync(cmd, ct);
    }

    public async Task<DateTimeOffset?> GetNextWebhookDueAsync(CancellationToken ct)
    {
        await using var connection = await OpenReadConnectionAsync(ct);
        await using var cmd = Command(connection, "SELECT MIN(next_attempt_utc) FROM webhook_deliveries WHERE status = 'Pending'");
        return await cmd.ExecuteScalarAsync(ct) is { } due and not DBNull ? TimeFromDb(due) : null;
    }

    /// <summary>The deliveries a command returns, as many rows as it gives (<see cref="WebhookOutboxTable.DeliveryColumns"/>).</summary>
    protected async Task<List<WebhookDelivery>> ReadDeliveriesAsync(DbCommand cmd, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cmd);
        var list = new List<WebhookDelivery>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            list.Add(WebhookOutboxTable.ReadDelivery(values, TimeFromDb));
        }
        return list;
    }
}
