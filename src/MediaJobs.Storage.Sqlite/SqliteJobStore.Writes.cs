using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Sqlite;

// Every write of IJobStore, as an operation for the writer loop.
public sealed partial class SqliteJobStore
{
    private const string InsertJobSql =
        $"INSERT INTO jobs ({JobTable.Columns}) VALUES (@id, @type, @preset, @status, @priority, @queue_order, @batch_id, " +
        "@owner, @correlation_id, @attempt, @max_attempts, @cancel_requested, @created_utc, @started_utc, @ended_utc, " +
        "@run_after_utc, @lease_owner, @lease_expires_utc, @progress_pct, @message, @counters, 1, @input, @options, " +
        "@steps, @output, @results, @warnings, @errors, @webhook, @trace_parent, @required_tools)";

    // A paused queue claims nothing, on every node: once a pause is written, no later claim starts a job.
    private const string NotPaused = "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'queue_paused' AND value = 'true') ";

    // A job needing a tool the claiming node leaves to others (@excluded) is not claimed (@excluded null: any job).
    private const string HasTools =
        "AND (required_tools IS NULL OR @excluded IS NULL OR NOT EXISTS (SELECT 1 FROM json_each(required_tools) r " +
        "WHERE r.value IN (SELECT value FROM json_each(@excluded)))) ";

    private const string ClaimSql =
        "UPDATE jobs SET status = 'Running', lease_owner = @worker, lease_expires_utc = @until, attempt = attempt + 1, " +
        "version = version + 1, started_utc = COALESCE(started_utc, @now) " +
        "WHERE id IN (SELECT id FROM jobs WHERE status = 'Queued' AND type = @type " +
        "AND (run_after_utc IS NULL OR run_after_utc <= @now) " + NotPaused + HasTools + "ORDER BY priority DESC, queue_order ASC LIMIT @n) " +
        $"RETURNING {JobTable.Columns}";

    // The same claim for one job (the common case): '=' instead of 'IN' spares a temporary list.
    private const string ClaimOneSql =
        "UPDATE jobs SET status = 'Running', lease_owner = @worker, lease_expires_utc = @until, attempt = attempt + 1, " +
        "version = version + 1, started_utc = COALESCE(started_utc, @now) " +
        "WHERE id = (SELECT id FROM jobs WHERE status = 'Queued' AND type = @type " +
        "AND (run_after_utc IS NULL OR run_after_utc <= @now) " + NotPaused + HasTools + "ORDER BY priority DESC, queue_order ASC LIMIT @n) " +
        $"RETURNING {JobTable.Columns}";

    private const string MoveToFrontSql =
        "UPDATE jobs SET queue_order = (SELECT MIN(queue_order) FROM jobs) - 1 WHERE id = @id";

    private const string ClearCancelSql = "UPDATE jobs SET cancel_requested = 0 WHERE id = @id";

    private const string RenewSql =
        "UPDATE jobs SET lease_expires_utc = @until WHERE id = @id AND status = 'Running' AND lease_owner = @worker " +
        "RETURNING cancel_requested";

    // The inner SELECT picks the batch (oldest ended first when limited); SQLite's DELETE has no LIMIT of its own.
    private const string DeleteJobsSql =
        "DELETE FROM jobs WHERE id IN (SELECT j.id FROM jobs j " +
        "WHERE j.status IN (SELECT value FROM json_each(@statuses)) AND j.status <> 'Running' " +
        "AND (@owner IS NULL OR j.owner = @owner) " +
        "AND (@types IS NULL OR j.type IN (SELECT value FROM json_each(@types))) " +
        "AND (@ids IS NULL OR j.id IN (SELECT value FROM json_each(@ids))) " +
        "AND (@endedBefore IS NULL OR (j.ended_utc IS NOT NULL AND j.ended_utc < @endedBefore)) " +
        "AND (@keepUnfinishedBatches = 0 OR j.batch_id IS NULL OR NOT EXISTS " +
        "(SELECT 1 FROM jobs b WHERE b.batch_id = j.batch_id AND b.status IN ('Queued', 'Running'))) " +
        "ORDER BY j.ended_utc, j.id LIMIT @limit) RETURNING id";

    public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<Job> jobs, Batch? batch, IReadOnlyList<NewJobEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(events);
        var rows = jobs.Select(j => (Snapshot: JobRows.Snapshot(j), j.Type, Cancel: j.CancelRequested ? 1 : 0,
            RequiredTools: j.RequiredTools.Count == 0 ? DBNull.Value : (object)StoredJobJson.Serialize(j.RequiredTools.ToArray()))).ToArray();
        var eventValues = WriterSession.EventValues(events);
        return Submit(s =>
        {
            if (batch is not null)
            {
                var b = s.Command("INSERT INTO batches (id, name, owner, created_utc) VALUES (@id, @name, @owner, @created)");
                b.Parameters.AddWithValue("@id", batch.Id);
                b.Parameters.AddWithValue("@name", batch.Name);
                b.Parameters.AddWithValue("@owner", (object?)batch.Owner ?? DBNull.Value);
                b.Parameters.AddWithValue("@created", SqliteTime.ToDb(batch.CreatedUtc));
                b.ExecuteNonQuery();
            }
            var queueOrder = (long)s.Command("SELECT COALESCE(MAX(queue_order), 0) FROM jobs").ExecuteScalar()!;
            foreach (var row in rows)
            {
                var cmd = s.Prepared(InsertJobSql);
                JobRows.BindSnapshot(cmd, row.Snapshot);
                var n = row.Snapshot.Length;
                WriterSession.Bind(cmd, n, "@type", row.Type);
                WriterSession.Bind(cmd, n + 1, "@queue_order", ++queueOrder);
                WriterSession.Bind(cmd, n + 2, "@cancel_requested", row.Cancel);
                WriterSession.Bind(cmd, n + 3, "@required_tools", row.RequiredTools);
                cmd.ExecuteNonQuery();
            }
            return s.AppendEvents(eventValues);
        }, ct, _ =>
        {
            foreach (var job in jobs)
            {
                job.Version = 1;
            }
        }, defersEvents: true);
    }

    // At-least-once: a claimed job whose worker dies keeps status Running until its lease ends and
    // the engine requeues it; the next worker re-runs its first unsucceeded step.
    public async Task<IReadOnlyList<Job>> ClaimAsync(ClaimRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.MaxCount <= 0)
        {
            return [];
        }
        var until = SqliteTime.ToDb(request.LeaseUntil);
        var now = SqliteTime.ToDb(request.Now);
        var excluded = request.ExcludedTools is { Count: > 0 } e ? (object)StoredJobJson.Serialize(e.ToArray()) : DBNull.Value;
        // The writer only copies the raw rows; parsing them into jobs happens here, off its thread.
        var rows = await Submit(s =>
        {
            var cmd = s.Prepared(request.MaxCount == 1 ? ClaimOneSql : ClaimSql);
            WriterSession.Bind(cmd, 0, "@worker", request.WorkerId);
            WriterSession.Bind(cmd, 1, "@until", until);
            WriterSession.Bind(cmd, 2, "@now", now);
            WriterSession.Bind(cmd, 3, "@type", request.Type);
            WriterSession.Bind(cmd, 4, "@n", request.MaxCount);
            WriterSession.Bind(cmd, 5, "@excluded", excluded);
            return WriterSession.ReadRows(cmd);
        }, ct);
        var jobs = rows.ConvertAll(r => (Job: JobTable.Read(r, JobRows.Dialect), QueueOrder: (long)r[JobTable.QueueOrderIndex]));
        // RETURNING gives no order; hand the jobs out in queue order.
        jobs.Sort((a, b) => a.Job.Priority != b.Job.Priority
            ? b.Job.Priority.CompareTo(a.Job.Priority)
            : a.QueueOrder.CompareTo(b.QueueOrder));
        return jobs.ConvertAll(j => j.Job);
    }

    public Task<CommitResult> CommitAsync(JobCommit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var job = commit.Job;
        var snapshot = JobRows.Snapshot(job);
        var eventValues = WriterSession.EventValues(commit.Events);
        return Submit(s =>
        {
            if (!Execute(s, CommitStatements.Quiet, snapshot, commit.ExpectedVersion))
            {
                if (!Execute(s, CommitStatements.Full, snapshot, commit.ExpectedVersion))
                {
                    return CommitResult.Lost;
                }
                var identity = s.Prepared(CommitStatements.Identity);
                JobRows.BindSnapshot(identity, snapshot);
                identity.ExecuteNonQuery();
            }
            if (commit.MoveToFrontOfQueue)
            {
                var move = s.Command(MoveToFrontSql);
                move.Parameters.AddWithValue("@id", job.Id);
                move.ExecuteNonQuery();
            }
            if (commit.ClearCancelRequest)
            {
                var clear = s.Command(ClearCancelSql);
                clear.Parameters.AddWithValue("@id", job.Id);
                clear.ExecuteNonQuery();
            }
            if (commit.CounterDeltas is { Count: > 0 } deltas)
            {
                s.AddToCounters(job.Owner, deltas);
            }
            return new CommitResult(true, s.AppendEvents(eventValues));
        }, ct, result =>
        {
            if (result.Committed)
            {
                job.Version = commit.ExpectedVersion + 1;
            }
        }, defersEvents: true);
    }

    private static bool Execute(WriterSession session, string sql, object[] snapshot, long expectedVersion)
    {
        var cmd = session.Prepared(sql);
        JobRows.BindSnapshot(cmd, snapshot);
        WriterSession.Bind(cmd, snapshot.Length, "@expected", expectedVersion);
        return cmd.ExecuteNonQuery() > 0;
    }

    public Task<LeaseRenewal> RenewLeasesAsync(string workerId, IReadOnlyCollection<string> jobIds, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        if (jobIds.Count == 0)
        {
            return Task.FromResult(new LeaseRenewal([], []));
        }
        var until = SqliteTime.ToDb(leaseUntil);
        return Submit(s =>
        {
            var lost = new List<string>();
            var cancel = new List<string>();
            foreach (var id in jobIds)
            {
                var cmd = s.Prepared(RenewSql);
                WriterSession.Bind(cmd, 0, "@until", until);
                WriterSession.Bind(cmd, 1, "@id", id);
                WriterSession.Bind(cmd, 2, "@worker", workerId);
                var flag = cmd.ExecuteScalar();
                if (flag is null)
                {
                    lost.Add(id);
                }
                else if ((long)flag != 0)
                {
                    cancel.Add(id);
                }
            }
            return new LeaseRenewal(lost, cancel);
        }, ct);
    }

    public Task<bool> RequestCancelAsync(string id, CancellationToken ct) => Submit(s =>
    {
        var cmd = s.Command("UPDATE jobs SET cancel_requested = 1 WHERE id = @id");
        cmd.Parameters.AddWithValue("@id", id);
        return cmd.ExecuteNonQuery() > 0;
    }, ct);

    public Task<IReadOnlyList<string>> DeleteAsync(JobDeletion which, DateTimeOffset now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(which);
        var statusJson = StoredJobJson.Serialize(which.Statuses.Select(x => x.ToString()).ToArray());
        var typesJson = which.Types is { Count: > 0 } types ? StoredJobJson.Serialize(types.ToArray()) : null;
        var idsJson = which.Ids is { Count: > 0 } ids ? StoredJobJson.Serialize(ids.ToArray()) : null;
        return Submit<IReadOnlyList<string>>(s =>
        {
            var cmd = s.Command(DeleteJobsSql);
            cmd.Parameters.AddWithValue("@statuses", statusJson);
            cmd.Parameters.AddWithValue("@owner", (object?)which.Owner ?? DBNull.Value);
            cmd.Parameters.AddWithValue("@types", (object?)typesJson ?? DBNull.Value);
            cmd.Parameters.AddWithValue("@ids", (object?)idsJson ?? DBNull.Value);
            cmd.Parameters.AddWithValue("@endedBefore", SqliteTime.ToDb(which.EndedBeforeUtc));
            cmd.Parameters.AddWithValue("@keepUnfinishedBatches", which.KeepUnfinishedBatches ? 1 : 0);
            cmd.Parameters.AddWithValue("@limit", which.Limit ?? -1);
            var deleted = new List<string>();
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    deleted.Add(reader.GetString(0));
                }
            }
            deleted.Sort(StringComparer.Ordinal);
            foreach (var id in deleted)
            {
                var events = s.Command("DELETE FROM job_events WHERE job_id = @id");
                events.Parameters.AddWithValue("@id", id);
                events.ExecuteNonQuery();
                s.AppendEvent(WriterSession.EventValues(new NewJobEvent(id, JobEventTypes.JobRemoved, EventLevel.Info,
                    "Job removed.", new JsonObject { ["jobId"] = id }, now)));
            }
            return deleted;
        }, ct);
    }

    public Task SetSettingAsync(string key, string? value, CancellationToken ct) => Submit(s =>
    {
        var cmd = s.Command(value is null
            ? "DELETE FROM settings WHERE key = @key"
            : "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        cmd.Parameters.AddWithValue("@key", key);
        if (value is not null)
        {
            cmd.Parameters.AddWithValue("@value", value);
        }
        return cmd.ExecuteNonQuery();
    }, ct);
}
