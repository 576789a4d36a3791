using System.Data.Common;
using System.Globalization;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Storage.Relational;

/// <summary>The jobs as both stores lay them out: table <c>jobs</c>, its columns and how a row becomes a <see cref="Job"/>.</summary>
public static class JobTable
{
    /// <summary>Every column, in the order <see cref="Read(object[], JobRowDialect)"/> expects.</summary>
    public const string Columns =
        "id, type, preset, status, priority, queue_order, batch_id, owner, correlation_id, attempt, max_attempts, " +
        "cancel_requested, created_utc, started_utc, ended_utc, run_after_utc, lease_owner, lease_expires_utc, " +
        "progress_pct, message, counters, version, input, options, steps, output, results, warnings, errors, webhook, trace_parent, required_tools";

    /// <summary>The index of <c>queue_order</c> in <see cref="Columns"/>: the store's business, not the model's.</summary>
    public const int QueueOrderIndex = 5;

    /// <summary>A job from the reader's current row of <see cref="Columns"/>.</summary>
    public static Job Read(DbDataReader reader, JobRowDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return Read(values, dialect);
    }

    /// <summary>
    /// A job from the raw values of one row of <see cref="Columns"/> (NULL as <see cref="DBNull"/>). Numbers are
    /// converted, so SQLite's INTEGER (long) and PostgreSQL's integer and boolean read alike.
    /// </summary>
    public static Job Read(object[] r, JobRowDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(dialect);
        var job = new Job
        {
            Id = (string)r[0],
            Type = (string)r[1],
            Preset = (string)r[2],
            Status = Enum.Parse<JobStatus>((string)r[3]),
            Priority = Convert.ToInt32(r[4], CultureInfo.InvariantCulture),
            BatchId = r[6] as string,
            Owner = r[7] as string,
            CorrelationId = (string)r[8],
            Attempt = Convert.ToInt32(r[9], CultureInfo.InvariantCulture),
            MaxAttempts = Convert.ToInt32(r[10], CultureInfo.InvariantCulture),
            CancelRequested = Convert.ToBoolean(r[11], CultureInfo.InvariantCulture),
            CreatedUtc = dialect.Time(r[12]),
            StartedUtc = NullableTime(r[13], dialect),
            EndedUtc = NullableTime(r[14], dialect),
            RunAfterUtc = NullableTime(r[15], dialect),
            LeaseOwner = r[16] as string,
            LeaseExpiresUtc = NullableTime(r[17], dialect),
            ProgressPct = Convert.ToDouble(r[18], CultureInfo.InvariantCulture),
            Message = r[19] as string,
            // 20, 22-29: JSON (JobJsonColumns).
            Version = Convert.ToInt64(r[21], CultureInfo.InvariantCulture),
            TraceParent = r[30] as string,
            RequiredTools = r[31] is DBNull ? [] : dialect.Names(r[31]),
        };
        return new JobJsonColumns(
            Counters: (string)r[20], Input: (string)r[22], Options: (string)r[23], Steps: (string)r[24], Output: (string)r[25],
            Results: (string)r[26], Warnings: (string)r[27], Errors: (string)r[28], Webhook: r[29] as string).ReadInto(job);
    }

    private static DateTimeOffset? NullableTime(object value, JobRowDialect dialect) =>
        value is DBNull ? null : dialect.Time(value);
}
