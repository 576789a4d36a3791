using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// SQLite's side of a row of <c>jobs</c> (<see cref="JobTable"/>): how its values read back, and the snapshot a commit
/// binds.
/// </summary>
internal static class JobRows
{
    /// <summary>How SQLite hands back what the stores keep differently: times as text, lists as JSON text.</summary>
    public static readonly JobRowDialect Dialect = new(
        value => SqliteTime.FromDb((string)value),
        value => StoredJobJson.Deserialize<List<string>>((string)value));

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
}
