using System.Data.Common;
using System.Globalization;
using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>How a <see cref="Job"/> maps to a row of <c>jobs</c>: the column list, reading and binding.</summary>
internal static class JobRows
{
    /// <summary>Every column, in the order <see cref="Read(object[])"/> expects.</summary>
    public const string Columns =
        "id, type, preset, status, priority, queue_order, batch_id, owner, correlation_id, attempt, max_attempts, " +
        "cancel_requested, created_utc, started_utc, ended_utc, run_after_utc, lease_owner, lease_expires_utc, " +
        "progress_pct, message, counters, version, input, options, steps, output, results, warnings, errors, webhook, trace_parent, required_tools";

    /// <summary>
    /// The snapshot a commit writes: every field but id, type, cancel_requested and version, and but the
    /// three set once at submission (<see cref="IdentityAssignments"/>), whose indexes would otherwise be
    /// rewritten by every commit.
    /// </summary>
    public const string SnapshotAssignments =
        "preset = @preset, status = @status, priority = @priority, " +
        "correlation_id = @correlation_id, attempt = @attempt, max_attempts = @max_attempts, " +
        "started_utc = @started_utc, ended_utc = @ended_utc, run_after_utc = @run_after_utc, " +
        // While Running the lease belongs to the claim and the heartbeat's renewals, never to a snapshot
        // (which holds the claim-time expiry and would undo every renewal).
        "lease_owner = CASE WHEN @status = 'Running' THEN lease_owner ELSE @lease_owner END, " +
        "lease_expires_utc = CASE WHEN @status = 'Running' THEN lease_expires_utc ELSE @lease_expires_utc END, " +
        "progress_pct = @progress_pct, message = @message, " +
        "counters = @counters, input = @input, options = @options, steps = @steps, output = @output, " +
        "results = @results, warnings = @warnings, errors = @errors, webhook = @webhook, trace_parent = @trace_parent";

    /// <summary>Written by a commit only when they really changed (a no-op statement otherwise).</summary>
    public const string IdentityAssignments = "owner = @owner, batch_id = @batch_id, created_utc = @created_utc";

    public const string IdentityChanged =
        "(owner IS NOT @owner OR batch_id IS NOT @batch_id OR created_utc IS NOT @created_utc)";

    public static Job Read(DbDataReader reader)
    {
        var values = new object[reader.FieldCount];
        reader.GetValues(values);
        return Read(values);
    }

    /// <summary>A job from the raw values of one row (TEXT → string, INTEGER → long, REAL → double, NULL → DBNull).</summary>
    public static Job Read(object[] r)
    {
        var job = new Job
        {
            Id = (string)r[0],
            Type = (string)r[1],
            Preset = (string)r[2],
            Status = Enum.Parse<JobStatus>((string)r[3]),
            Priority = (int)(long)r[4],
            // 5: queue_order is the store's business, not the model's.
            BatchId = r[6] as string,
            Owner = r[7] as string,
            CorrelationId = (string)r[8],
            Attempt = (int)(long)r[9],
            MaxAttempts = (int)(long)r[10],
            CancelRequested = (long)r[11] != 0,
            CreatedUtc = SqliteTime.FromDb((string)r[12]),
            StartedUtc = NullableTime(r[13]),
            EndedUtc = NullableTime(r[14]),
            RunAfterUtc = NullableTime(r[15]),
            LeaseOwner = r[16] as string,
            LeaseExpiresUtc = NullableTime(r[17]),
            ProgressPct = Convert.ToDouble(r[18], CultureInfo.InvariantCulture),
            Message = r[19] as string,
            // 20, 22-29: JSON (JobJsonColumns).
            Version = (long)r[21],
            TraceParent = r[30] as string,
            RequiredTools = r[31] is string tools ? StoredJobJson.Deserialize<List<string>>(tools) : [],
        };
        return new JobJsonColumns(
            Counters: (string)r[20], Input: (string)r[22], Options: (string)r[23], Steps: (string)r[24], Output: (string)r[25],
            Results: (string)r[26], Warnings: (string)r[27], Errors: (string)r[28], Webhook: r[29] as string).ReadInto(job);
    }

    /// <summary>Parameter names of <see cref="SnapshotAssignments"/> plus <c>@id</c>, in <see cref="Snapshot"/> order.</summary>
    public static readonly string[] SnapshotParameters =
    [
        "@id", "@preset", "@status", "@priority", "@batch_id", "@owner", "@correlation_id", "@attempt", "@max_attempts",
        "@created_utc", "@started_utc", "@ended_utc", "@run_after_utc", "@lease_owner", "@lease_expires_utc",
        "@progress_pct", "@message", "@counters", "@input", "@options", "@steps", "@output", "@results",
        "@warnings", "@errors", "@webhook", "@trace_parent",
    ];

    /// <summary>
    /// The parameter values of a job's snapshot, serialized by the caller (not on the writer
    /// thread, which only binds them).
    /// </summary>
    public static object[] Snapshot(Job job)
    {
        var json = JobJsonColumns.From(job);
        return
        [
            job.Id,
            job.Preset,
            job.Status.ToString(),
            job.Priority,
            (object?)job.BatchId ?? DBNull.Value,
            (object?)job.Owner ?? DBNull.Value,
            job.CorrelationId,
            job.Attempt,
            job.MaxAttempts,
            SqliteTime.ToDb(job.CreatedUtc),
            SqliteTime.ToDb(job.StartedUtc),
            SqliteTime.ToDb(job.EndedUtc),
            SqliteTime.ToDb(job.RunAfterUtc),
            (object?)job.LeaseOwner ?? DBNull.Value,
            SqliteTime.ToDb(job.LeaseExpiresUtc),
            job.ProgressPct,
            (object?)job.Message ?? DBNull.Value,
            json.Counters,
            json.Input,
            json.Options,
            json.Steps,
            json.Output,
            json.Results,
            json.Warnings,
            json.Errors,
            (object?)json.Webhook ?? DBNull.Value,
            (object?)job.TraceParent ?? DBNull.Value,
        ];
    }

    /// <summary>Binds <see cref="Snapshot"/> values as parameters 0..26 of a cached command.</summary>
    public static void BindSnapshot(SqliteCommand cmd, object[] snapshot)
    {
        for (var i = 0; i < snapshot.Length; i++)
        {
            WriterSession.Bind(cmd, i, SnapshotParameters[i], snapshot[i]);
        }
    }

    private static DateTimeOffset? NullableTime(object value) =>
        value is string text ? SqliteTime.FromDb(text) : null;
}
