using MediaJobs.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// A snapshot commit under the version fence, as ONE statement: the update, and only if it matched, the events,
/// the counters and the wake-up of idle nodes (a requeued job). A fenced commit writes nothing and is no error,
/// so it never fails the other ops of its transaction.
/// </summary>
internal sealed class CommitWrite : PgWriteOp<CommitResult>
{
    // $1..$27 snapshot, $28 expected version, $29 move to front, $30 clear cancel, $31..$36 events, $37..$39 counters.
    private const string UpdateSql =
        $"WITH u AS (UPDATE jobs SET {PgJobRows.SnapshotAssignments}, version = version + 1, " +
        "queue_order = CASE WHEN $29 THEN -nextval('jobs_front_order_seq') ELSE queue_order END, " +
        "cancel_requested = cancel_requested AND NOT $30 " +
        "WHERE id = $1 AND version = $28 RETURNING status)";

    private static readonly string EventsSql =
        ", e AS (INSERT INTO job_events (id, job_id, type, level, message, payload, timestamp_utc) " +
        "SELECT nextval('job_events_id_seq'), v.job_id, v.type, v.level, v.message, v.payload, v.ts FROM (" +
        $"SELECT * FROM {PgEventRows.Unnest(31)} WHERE EXISTS (SELECT 1 FROM u) ORDER BY ord) v RETURNING id)";

    private const string CountersSql =
        ", c AS (INSERT INTO owner_counters (owner, name, lifetime, session) " +
        "SELECT $37, n, d, d FROM unnest($38::text[], $39::bigint[]) AS t(n, d) WHERE EXISTS (SELECT 1 FROM u) " +
        "ON CONFLICT (owner, name) DO UPDATE SET lifetime = owner_counters.lifetime + excluded.lifetime, " +
        "session = owner_counters.session + excluded.session)";

    // Volatile calls in a subquery's output are always evaluated, so the NOTIFY is sent once per requeued job.
    private const string OutcomeSql =
        " SELECT (SELECT count(*) FROM u), ARRAY(SELECT id FROM e ORDER BY id), " +
        "(SELECT count(*) FROM (SELECT pg_notify('" + PostgresJobStore.Channel + "', 'j') FROM u WHERE u.status = 'Queued') n)";

    private static readonly string Sql = UpdateSql + EventsSql + OutcomeSql;
    private static readonly string WithCountersSql = UpdateSql + EventsSql + CountersSql + OutcomeSql;

    private readonly JobCommit _commit;
    private readonly NpgsqlParameter[] _parameters;
    private readonly PgEventRows _events;
    private readonly bool _counters;
    private bool _committed;
    private long[] _ids = [];

    public CommitWrite(JobCommit commit, CancellationToken ct)
        : base(ct)
    {
        _commit = commit;
        _events = new PgEventRows(commit.Events);
        var deltas = commit.CounterDeltas is { Count: > 0 } d ? d.OrderBy(x => x.Key, StringComparer.Ordinal).ToArray() : null;
        _counters = deltas is not null;
        _parameters =
        [
            .. PgJobRows.Snapshot(commit.Job),
            PgJobRows.Long(commit.ExpectedVersion),
            PgJobRows.Bool(commit.MoveToFrontOfQueue),
            PgJobRows.Bool(commit.ClearCancelRequest),
            .. _events.Parameters(),
            .. deltas is null ? [] : (NpgsqlParameter[])[
                PgJobRows.Text(commit.Job.Owner ?? ""),
                PgJobRows.TextArray([.. deltas.Select(x => x.Key)]),
                new NpgsqlParameter { Value = deltas.Select(x => x.Value).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint }],
        ];
    }

    public override bool AppendsEvents => _events.Count > 0;

    protected override CommitResult Result => _committed ? new CommitResult(true, _ids) : CommitResult.Lost;

    public override void Apply(PgWriteBatch batch)
    {
        _committed = false;
        _ids = [];
        batch.AddQuery(_counters ? WithCountersSql : Sql, EnqueueWrite.Clone(_parameters), r =>
        {
            _committed = r.GetInt64(0) > 0;
            _ids = r.GetFieldValue<long[]>(1);
        });
    }

    protected override void OnCommitted(CommitResult result)
    {
        if (result.Committed)
        {
            _commit.Job.Version = _commit.ExpectedVersion + 1;
        }
    }
}
