using System.Data.Common;
using MediaJobs.Core.Events;

namespace MediaJobs.Storage.Relational;

/// <summary>The event log as both stores lay it out: table <c>job_events</c>.</summary>
public static class EventLogTable
{
    /// <summary>The columns <see cref="Read"/> expects, in its order.</summary>
    public const string Columns = "id, job_id, type, level, message, payload, timestamp_utc";

    /// <summary>An event from a row of <see cref="Columns"/>; its time is read by the store (each keeps times its own way).</summary>
    public static JobEvent Read(DbDataReader r, DateTimeOffset timestampUtc)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(
            r.GetInt64(0),
            r.GetString(1),
            r.GetString(2),
            Enum.Parse<EventLevel>(r.GetString(3)),
            r.GetString(4),
            StoredJobJson.ParseObject(r.GetString(5)),
            timestampUtc);
    }
}
