using System.Globalization;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Storage.Relational;

/// <summary>The webhook outbox as both stores lay it out: table <c>webhook_deliveries</c> and its fill cursor.</summary>
public static class WebhookOutboxTable
{
    /// <summary>The <c>settings</c> key of the last event id the outbox has been filled from.</summary>
    public const string CursorKey = "webhook_cursor";

    /// <summary>Every column of <c>webhook_deliveries</c>, in the order the stores read a delivery.</summary>
    public const string DeliveryColumns =
        "id, job_id, event_id, kind, url, token, payload, status, attempts, next_attempt_utc, last_status_code, " +
        "last_error, created_utc, completed_utc";

    /// <summary>The cursor from its setting: 0 before the first fill.</summary>
    public static long ParseCursor(string? setting) =>
        setting is null ? 0 : long.Parse(setting, CultureInfo.InvariantCulture);

    /// <summary>
    /// A delivery from the raw values of a row of <see cref="DeliveryColumns"/> (NULL as <see cref="DBNull"/>);
    /// <paramref name="time"/> turns a stored time into a value (each store keeps times its own way).
    /// </summary>
    public static WebhookDelivery ReadDelivery(object[] r, Func<object, DateTimeOffset> time)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(time);
        return new()
        {
            Id = (string)r[0],
            JobId = (string)r[1],
            EventId = Convert.ToInt64(r[2], CultureInfo.InvariantCulture),
            Kind = (string)r[3],
            Url = (string)r[4],
            Token = r[5] as string,
            Payload = (string)r[6],
            Status = Enum.Parse<WebhookDeliveryStatus>((string)r[7]),
            Attempts = Convert.ToInt32(r[8], CultureInfo.InvariantCulture),
            NextAttemptUtc = r[9] is DBNull ? null : time(r[9]),
            LastStatusCode = r[10] is DBNull ? null : Convert.ToInt32(r[10], CultureInfo.InvariantCulture),
            LastError = r[11] as string,
            CreatedUtc = time(r[12]),
            CompletedUtc = r[13] is DBNull ? null : time(r[13]),
        };
    }
}
