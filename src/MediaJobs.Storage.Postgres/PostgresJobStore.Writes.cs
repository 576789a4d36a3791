using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Job writes: enqueue, snapshot commits, lease renewals, cancel flags.
public sealed partial class PostgresJobStore
{
    private const string InsertJobSql =
        $"INSERT INTO jobs ({PgJobRows.Columns}) VALUES ($1, $28, $2, $3, $4, nextval('jobs_queue_order_seq'), $5, $6, $7, $8, " +
        "$9, $29, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, 1, $19, $20, $21, $22, $23, $24, $25, $26, $27, $30)";

    private const string CommitSql =
        $"UPDATE jobs SET {PgJobRows.SnapshotAssignments}, version = version + 1, " +
        "queue_order = CASE WHEN $29 THEN -nextval('jobs_front_order_seq') ELSE queue_order END, " +
        "cancel_requested = cancel_requested AND NOT $30 " +
        "WHERE id = $1 AND version = $28";

    private const string NotifyJobsSql = "SELECT pg_notify('" + Channel + "', 'j')";

    public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<Job> jobs, Batch? batch, IReadOnlyList<NewJobEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(events);
        return InTransactionAsync(async scope =>
        {
            await using var inserts = new NpgsqlBatch(scope.Connection, scope.Transaction);
            if (batch is not null)
            {
                var b = new NpgsqlBatchCommand("INSERT INTO batches (id, name, owner, created_utc) VALUES ($1, $2, $3, $4)");
                b.Parameters.Add(PgJobRows.Text(batch.Id));
                b.Parameters.Add(PgJobRows.Text(batch.Name));
                b.Parameters.Add(PgJobRows.Text(batch.Owner));
                b.Parameters.Add(PgJobRows.Time(batch.CreatedUtc));
                inserts.BatchCommands.Add(b);
            }
            foreach (var job in jobs)
            {
                var insert = new NpgsqlBatchCommand(InsertJobSql);
                insert.Parameters.AddRange(PgJobRows.Snapshot(job).ToArray());
                insert.Parameters.Add(PgJobRows.Text(job.Type));
                insert.Parameters.Add(PgJobRows.Bool(job.CancelRequested));
                insert.Parameters.Add(PgJobRows.TextArray(job.RequiredTools.Count == 0 ? null : [.. job.RequiredTools]));
                inserts.BatchCommands.Add(insert);
            }
            inserts.BatchCommands.Add(new NpgsqlBatchCommand(NotifyJobsSql));
            await inserts.ExecuteNonQueryAsync(ct);
            var ids = await AppendEventsAsync(scope, events, ct);
            foreach (var job in jobs)
            {
                job.Version = 1;
            }
            return ids;
        }, ct);
    }

    public async Task<CommitResult> CommitAsync(JobCommit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var job = commit.Job;
        var result = await InTransactionAsync(async scope =>
        {
            await using var update = Command(scope, CommitSql, [.. PgJobRows.Snapshot(job)]);
            update.Parameters.Add(PgJobRows.Long(commit.ExpectedVersion));
            update.Parameters.Add(PgJobRows.Bool(commit.MoveToFrontOfQueue));
            update.Parameters.Add(PgJobRows.Bool(commit.ClearCancelRequest));
            if (await update.ExecuteNonQueryAsync(ct) == 0)
            {
                // Fenced: another worker changed the job since our version (a claim, a takeover, a cancel).
                scope.Abandoned = true;
                return CommitResult.Lost;
            }
            if (commit.CounterDeltas is { Count: > 0 } deltas)
            {
                await AddToCountersAsync(scope, job.Owner, deltas, ct);
            }
            if (job.Status == JobStatus.Queued)
            {
                // Requeued (pause, shutdown, retry, recovery): idle nodes may take it now.
                await using var notify = Command(scope, NotifyJobsSql);
                await notify.ExecuteNonQueryAsync(ct);
            }
            return new CommitResult(true, await AppendEventsAsync(scope, commit.Events, ct));
        }, ct);
        if (result.Committed)
        {
            job.Version = commit.ExpectedVersion + 1;
        }
        return result;
    }

    public Task<LeaseRenewal> RenewLeasesAsync(string workerId, IReadOnlyCollection<string> jobIds, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        if (jobIds.Count == 0)
        {
            return Task.FromResult(new LeaseRenewal([], []));
        }
        return InTransactionAsync(async scope =>
        {
            await using var cmd = Command(scope,
                "UPDATE jobs SET lease_expires_utc = $1 WHERE id = ANY($2) AND status = 'Running' AND lease_owner = $3 " +
                "RETURNING id, cancel_requested",
                PgJobRows.Time(leaseUntil), PgJobRows.TextArray(jobIds), PgJobRows.Text(workerId));
            var held = new HashSet<string>(StringComparer.Ordinal);
            var cancel = new List<string>();
            await using (var reader = await cmd.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    held.Add(reader.GetString(0));
                    if (reader.GetBoolean(1))
                    {
                        cancel.Add(reader.GetString(0));
                    }
                }
            }
            return new LeaseRenewal([.. jobIds.Where(id => !held.Contains(id))], cancel);
        }, ct);
    }

    public Task<bool> RequestCancelAsync(string id, CancellationToken ct) => InTransactionAsync(async scope =>
    {
        await using var cmd = Command(scope, "UPDATE jobs SET cancel_requested = true WHERE id = $1", PgJobRows.Text(id));
        if (await cmd.ExecuteNonQueryAsync(ct) == 0)
        {
            return false;
        }
        // The node running it stops it now rather than at its next heartbeat.
        await using var notify = Command(scope, "SELECT pg_notify('" + Channel + "', 'c' || $1)", PgJobRows.Text(id));
        await notify.ExecuteNonQueryAsync(ct);
        return true;
    }, ct);
}
