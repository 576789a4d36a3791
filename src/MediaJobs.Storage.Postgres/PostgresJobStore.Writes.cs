using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres.Writer;

namespace MediaJobs.Storage.Postgres;

// Job writes: enqueue, snapshot commits, lease renewals, cancel flags. Each is an op for the group-commit
// writer; what it needs (JSON, parameters) is built here, on the caller's thread, not on the writer's.
public sealed partial class PostgresJobStore
{
    // The node running it stops it now rather than at its next heartbeat.
    private const string RequestCancelSql =
        "WITH u AS (UPDATE jobs SET cancel_requested = true WHERE id = $1 RETURNING id) " +
        "SELECT pg_notify('" + Channel + "', 'c' || id) FROM u";

    public Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<Job> jobs, Batch? batch, IReadOnlyList<NewJobEvent> events, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(events);
        return WriteAsync(new EnqueueWrite(jobs, batch, new PgEventRows(events), ct));
    }

    // Fenced: the commit writes only while the stored version is the expected one, so a node whose job was
    // claimed or taken over since (a claim, a takeover, a cancel) gets CommitResult.Lost and writes nothing.
    public Task<CommitResult> CommitAsync(JobCommit commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(commit);
        return WriteAsync(new CommitWrite(commit, ct));
    }

    public Task<LeaseRenewal> RenewLeasesAsync(string workerId, IReadOnlyCollection<string> jobIds, DateTimeOffset leaseUntil, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(jobIds);
        if (jobIds.Count == 0)
        {
            return Task.FromResult(new LeaseRenewal([], []));
        }
        return WriteAsync(new RenewWrite(workerId, [.. jobIds], leaseUntil, ct));
    }

    public Task<bool> RequestCancelAsync(string id, CancellationToken ct) =>
        WriteAsync(new StatementWrite([new PgStatement(RequestCancelSql, [PgJobRows.Text(id)], ReturnsRows: true)], ct));
}
