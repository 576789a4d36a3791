using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres;

/// <summary>How a <see cref="Job"/> maps to a row of <c>jobs</c>: the column list, reading and binding.</summary>
internal static class PgJobRows
{
    /// <summary>Every column, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "id, type, preset, status, priority, queue_order, batch_id, owner, correlation_id, attempt, max_attempts, " +
        "cancel_requested, created_utc, started_utc, ended_utc, run_after_utc, lease_owner, lease_expires_utc, " +
        "progress_pct, message, counters, version, input, options, steps, output, results, warnings, errors, webhook, trace_parent, required_tools";

    /// <summary>The snapshot a commit writes: every field but id, type, queue position, cancel flag and version ($2..$26; $1 is the id).</summary>
    public const string SnapshotAssignments =
        "preset = $2, status = $3, priority = $4, batch_id = $5, owner = $6, correlation_id = $7, attempt = $8, " +
        "max_attempts = $9, created_utc = $10, started_utc = $11, ended_utc = $12, run_after_utc = $13, " +
        // While Running the lease belongs to the claim and the renewals, never to a snapshot (which holds the
        // claim-time expiry and would undo every renewal).
        "lease_owner = CASE WHEN $3 = 'Running' THEN jobs.lease_owner ELSE $14 END, " +
        "lease_expires_utc = CASE WHEN $3 = 'Running' THEN jobs.lease_expires_utc ELSE $15 END, progress_pct = $16, message = $17, counters = $18::jsonb, input = $19, options = $20, " +
        "steps = $21, output = $22, results = $23, warnings = $24, errors = $25, webhook = $26, trace_parent = $27";

    /// <summary>Parameters after the snapshot's 27.</summary>
    public const int SnapshotCount = 27;

    public static Job Read(NpgsqlDataReader r)
    {
        var job = new Job
        {
            Id = r.GetString(0),
            Type = r.GetString(1),
            Preset = r.GetString(2),
            Status = Enum.Parse<JobStatus>(r.GetString(3)),
            Priority = r.GetInt32(4),
            // 5: queue_order is the store's business, not the model's.
            BatchId = NullableString(r, 6),
            Owner = NullableString(r, 7),
            CorrelationId = r.GetString(8),
            Attempt = r.GetInt32(9),
            MaxAttempts = r.GetInt32(10),
            CancelRequested = r.GetBoolean(11),
            CreatedUtc = r.GetFieldValue<DateTimeOffset>(12),
            StartedUtc = NullableTime(r, 13),
            EndedUtc = NullableTime(r, 14),
            RunAfterUtc = NullableTime(r, 15),
            LeaseOwner = NullableString(r, 16),
            LeaseExpiresUtc = NullableTime(r, 17),
            ProgressPct = r.GetDouble(18),
            Message = NullableString(r, 19),
            // 20, 22-29: JSON (JobJsonColumns).
            Version = r.GetInt64(21),
            TraceParent = NullableString(r, 30),
            RequiredTools = r.IsDBNull(31) ? [] : r.GetFieldValue<string[]>(31),
        };
        return new JobJsonColumns(
            Counters: r.GetString(20), Input: r.GetString(22), Options: r.GetString(23), Steps: r.GetString(24), Output: r.GetString(25),
            Results: r.GetString(26), Warnings: r.GetString(27), Errors: r.GetString(28), Webhook: NullableString(r, 29)).ReadInto(job);
    }

    /// <summary>The snapshot's positional parameters $1..$27, serialized by the caller.</summary>
    public static List<NpgsqlParameter> Snapshot(Job job)
    {
        var json = JobJsonColumns.From(job);
        return
        [
            Text(job.Id),
            Text(job.Preset),
            Text(job.Status.ToString()),
            new() { Value = job.Priority, NpgsqlDbType = NpgsqlDbType.Integer },
            Text(job.BatchId),
            Text(job.Owner),
            Text(job.CorrelationId),
            new() { Value = job.Attempt, NpgsqlDbType = NpgsqlDbType.Integer },
            new() { Value = job.MaxAttempts, NpgsqlDbType = NpgsqlDbType.Integer },
            Time(job.CreatedUtc),
            Time(job.StartedUtc),
            Time(job.EndedUtc),
            Time(job.RunAfterUtc),
            Text(job.LeaseOwner),
            Time(job.LeaseExpiresUtc),
            new() { Value = job.ProgressPct, NpgsqlDbType = NpgsqlDbType.Double },
            Text(job.Message),
            Text(json.Counters),
            Text(json.Input),
            Text(json.Options),
            Text(json.Steps),
            Text(json.Output),
            Text(json.Results),
            Text(json.Warnings),
            Text(json.Errors),
            Text(json.Webhook),
            Text(job.TraceParent),
        ];
    }

    public static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { Value = PgTime.ToDb(value), NpgsqlDbType = NpgsqlDbType.TimestampTz };

    public static NpgsqlParameter Long(long value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Bigint };

    public static NpgsqlParameter Int(int value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Integer };

    public static NpgsqlParameter Bool(bool value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Boolean };

    public static NpgsqlParameter TextArray(IReadOnlyCollection<string>? values) =>
        new() { Value = (object?)values?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };

    public static string? NullableString(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static DateTimeOffset? NullableTime(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
