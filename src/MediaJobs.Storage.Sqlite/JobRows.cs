using System.Data.Common;
using MediaJobs.Core.Jobs;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>How a <see cref="Job"/> maps to a row of <c>jobs</c>: the column list, reading and binding.</summary>
internal static class JobRows
{
    /// <summary>Every column, in the order <see cref="Read"/> expects.</summary>
    public const string Columns =
        "id, type, preset, status, priority, queue_order, batch_id, owner, correlation_id, attempt, max_attempts, " +
        "cancel_requested, created_utc, started_utc, ended_utc, run_after_utc, lease_owner, lease_expires_utc, " +
        "progress_pct, message, bytes_saved, version, input, options, steps, output, results, warnings, errors";

    /// <summary>The snapshot a commit writes: every field but id, type, cancel_requested and version.</summary>
    public const string SnapshotAssignments =
        "preset = @preset, status = @status, priority = @priority, batch_id = @batch_id, owner = @owner, " +
        "correlation_id = @correlation_id, attempt = @attempt, max_attempts = @max_attempts, created_utc = @created_utc, " +
        "started_utc = @started_utc, ended_utc = @ended_utc, run_after_utc = @run_after_utc, lease_owner = @lease_owner, " +
        "lease_expires_utc = @lease_expires_utc, progress_pct = @progress_pct, message = @message, " +
        "bytes_saved = @bytes_saved, input = @input, options = @options, steps = @steps, output = @output, " +
        "results = @results, warnings = @warnings, errors = @errors";

    public static Job Read(DbDataReader r) => new()
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
        CancelRequested = r.GetInt64(11) != 0,
        CreatedUtc = SqliteTime.FromDb(r.GetString(12)),
        StartedUtc = NullableTime(r, 13),
        EndedUtc = NullableTime(r, 14),
        RunAfterUtc = NullableTime(r, 15),
        LeaseOwner = NullableString(r, 16),
        LeaseExpiresUtc = NullableTime(r, 17),
        ProgressPct = r.GetDouble(18),
        Message = NullableString(r, 19),
        BytesSaved = r.GetInt64(20),
        Version = r.GetInt64(21),
        Input = StoreJson.ParseObject(r.GetString(22)),
        Options = StoreJson.ParseObject(r.GetString(23)),
        Steps = StoreJson.Deserialize<List<JobStep>>(r.GetString(24)),
        Output = StoreJson.Deserialize<List<JobArtifact>>(r.GetString(25)),
        Results = StoreJson.ParseObject(r.GetString(26)),
        Warnings = StoreJson.Deserialize<List<JobError>>(r.GetString(27)),
        Errors = StoreJson.Deserialize<List<JobError>>(r.GetString(28)),
    };

    /// <summary>Binds the parameters of <see cref="SnapshotAssignments"/> plus <c>@id</c>.</summary>
    public static void BindSnapshot(SqliteParameterCollection p, Job job)
    {
        p.AddWithValue("@id", job.Id);
        p.AddWithValue("@preset", job.Preset);
        p.AddWithValue("@status", job.Status.ToString());
        p.AddWithValue("@priority", job.Priority);
        p.AddWithValue("@batch_id", (object?)job.BatchId ?? DBNull.Value);
        p.AddWithValue("@owner", (object?)job.Owner ?? DBNull.Value);
        p.AddWithValue("@correlation_id", job.CorrelationId);
        p.AddWithValue("@attempt", job.Attempt);
        p.AddWithValue("@max_attempts", job.MaxAttempts);
        p.AddWithValue("@created_utc", SqliteTime.ToDb(job.CreatedUtc));
        p.AddWithValue("@started_utc", SqliteTime.ToDb(job.StartedUtc));
        p.AddWithValue("@ended_utc", SqliteTime.ToDb(job.EndedUtc));
        p.AddWithValue("@run_after_utc", SqliteTime.ToDb(job.RunAfterUtc));
        p.AddWithValue("@lease_owner", (object?)job.LeaseOwner ?? DBNull.Value);
        p.AddWithValue("@lease_expires_utc", SqliteTime.ToDb(job.LeaseExpiresUtc));
        p.AddWithValue("@progress_pct", job.ProgressPct);
        p.AddWithValue("@message", (object?)job.Message ?? DBNull.Value);
        p.AddWithValue("@bytes_saved", job.BytesSaved);
        p.AddWithValue("@input", StoreJson.Serialize(job.Input));
        p.AddWithValue("@options", StoreJson.Serialize(job.Options));
        p.AddWithValue("@steps", StoreJson.Serialize(job.Steps));
        p.AddWithValue("@output", StoreJson.Serialize(job.Output));
        p.AddWithValue("@results", StoreJson.Serialize(job.Results));
        p.AddWithValue("@warnings", StoreJson.Serialize(job.Warnings));
        p.AddWithValue("@errors", StoreJson.Serialize(job.Errors));
    }

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset? NullableTime(DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : SqliteTime.FromDb(r.GetString(i));
}
