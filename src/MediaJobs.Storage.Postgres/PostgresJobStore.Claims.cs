using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres.Writer;

namespace MediaJobs.Storage.Postgres;

// The claim: one statement, in the writer's turn (it shares the turn's WAL flush). SKIP LOCKED lets nodes claim side
// by side without waiting on each other's rows.
public sealed partial class PostgresJobStore
{
    // A paused queue claims nothing, on every node: once a pause is committed, no later claim starts a job. The claimed
    // rows were Queued (locked and checked again): the same statement moves them to Running in the counts.
    private static readonly string ClaimSql =
        "WITH next AS (SELECT id FROM jobs WHERE status = 'Queued' AND type = $1 " +
        "AND (run_after_utc IS NULL OR run_after_utc <= $2) " +
        "AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'queue_paused' AND value = 'true') " +
        "AND (required_tools IS NULL OR $6::text[] IS NULL OR NOT required_tools && $6) " +
        "ORDER BY priority DESC, queue_order LIMIT $3 FOR UPDATE SKIP LOCKED), " +
        "c AS (UPDATE jobs j SET status = 'Running', lease_owner = $4, lease_expires_utc = $5, attempt = j.attempt + 1, " +
        "version = j.version + 1, started_utc = COALESCE(j.started_utc, $2) FROM next WHERE j.id = next.id " +
        "RETURNING j.id, j.type, j.preset, j.status, j.priority, j.queue_order, j.batch_id, j.owner, j.correlation_id, " +
        "j.attempt, j.max_attempts, j.cancel_requested, j.created_utc, j.started_utc, j.ended_utc, j.run_after_utc, " +
        "j.lease_owner, j.lease_expires_utc, j.progress_pct, j.message, j.counters::text, j.version, j.input, j.options, " +
        "j.steps, j.output, j.results, j.warnings, j.errors, j.webhook, j.trace_parent, j.required_tools), " +
        PgJobCounts.Cte("k", "SELECT c.type, m.status, COALESCE(c.owner, ''), m.n FROM c CROSS JOIN (VALUES ('Queued', -1), ('Running', 1)) AS m(status, n)") +
        " SELECT * FROM c";

    // At-least-once: a claimed job whose worker dies keeps status Running until its lease ends and
    // a node requeues it; the next worker re-runs its first unsucceeded step.
    public Task<IReadOnlyList<Job>> ClaimAsync(ClaimRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.MaxCount <= 0 ? Task.FromResult<IReadOnlyList<Job>>([]) : WriteAsync(new ClaimWrite(ClaimSql, request, ct));
    }
}
