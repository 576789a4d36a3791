using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// The commits of a turn as ONE statement over column arrays: the fenced update of every row (<c>unnest</c>), then,
/// for the rows that matched only, their events, counters and the wake-up of idle nodes (a requeued job). One row
/// comes back per matched commit, so a fenced commit loses alone. A job appears at most once per statement (the lane
/// puts a job's second commit of a turn in the next statement). The same statement keeps the job counts and the text
/// index (<see cref="PgJobCounts"/>).
/// </summary>
internal static class CommitGroup
{
    private const string RowsSql =
        "WITH v AS (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], " +
        "$8::int[], $9::int[], $10::timestamptz[], $11::timestamptz[], $12::timestamptz[], $13::timestamptz[], $14::text[], " +
        "$15::timestamptz[], $16::float8[], $17::text[], $18::text[], $19::text[], $20::text[], $21::text[], $22::text[], " +
        "$23::text[], $24::text[], $25::text[], $26::text[], $27::text[], $28::bigint[], $29::bool[], $30::bool[]) WITH ORDINALITY " +
        "AS v(id, preset, status, priority, batch_id, owner, correlation_id, attempt, max_attempts, created_utc, started_utc, " +
        "ended_utc, run_after_utc, lease_owner, lease_expires_utc, progress_pct, message, counters, input, options, steps, output, " +
        "results, warnings, errors, webhook, trace_parent, expected, front, clear_cancel, ord)), ";

    // While Running the lease belongs to the claim and the renewals, never to a snapshot (which holds the claim-time
    // expiry and would undo every renewal).
    private const string UpdateSql =
        "u AS (UPDATE jobs SET preset = v.preset, status = v.status, priority = v.priority, batch_id = v.batch_id, " +
        "owner = v.owner, correlation_id = v.correlation_id, attempt = v.attempt, max_attempts = v.max_attempts, " +
        "created_utc = v.created_utc, started_utc = v.started_utc, ended_utc = v.ended_utc, run_after_utc = v.run_after_utc, " +
        "lease_owner = CASE WHEN v.status = 'Running' THEN jobs.lease_owner ELSE v.lease_owner END, " +
        "lease_expires_utc = CASE WHEN v.status = 'Running' THEN jobs.lease_expires_utc ELSE v.lease_expires_utc END, " +
        "progress_pct = v.progress_pct, message = v.message, counters = v.counters::jsonb, input = v.input, options = v.options, " +
        "steps = v.steps, output = v.output, results = v.results, warnings = v.warnings, errors = v.errors, webhook = v.webhook, " +
        "trace_parent = v.trace_parent, version = jobs.version + 1, " +
        "queue_order = CASE WHEN v.front THEN -nextval('jobs_front_order_seq') ELSE jobs.queue_order END, " +
        "cancel_requested = jobs.cancel_requested AND NOT v.clear_cancel " +
        "FROM v JOIN jobs o ON o.id = v.id WHERE jobs.id = v.id AND jobs.version = v.expected " +
        "RETURNING v.ord, v.id, v.owner, jobs.status, jobs.type, o.status AS old_status, o.owner AS old_owner, " +
        "o.input IS DISTINCT FROM v.input AS input_moved), ";

    // The counts and the text index follow the matched rows (the statement sees the rows as they were before it, and
    // under the event-log lock nobody else changes them meanwhile).
    private static readonly string CountsAndSearchSql =
        PgJobCounts.Cte("k", PgJobCounts.Moves("u")) + ", " +
        "s AS (UPDATE job_search SET folded = " + PgJobSearch.Folded("v.input") + " FROM u JOIN v ON v.ord = u.ord " +
        "WHERE job_search.id = u.id AND u.input_moved), ";

    // nextval runs in the events' order (ordered subquery), so each commit's events keep theirs.
    private const string EventsSql =
        "e AS (INSERT INTO job_events (id, job_id, type, level, message, payload, timestamp_utc) " +
        "SELECT nextval('job_events_id_seq'), x.job_id, x.type, x.level, x.message, x.payload, x.ts FROM (" +
        "SELECT ev.* FROM unnest($31::bigint[], $32::text[], $33::text[], $34::text[], $35::text[], $36::text[], $37::timestamptz[]) " +
        "WITH ORDINALITY AS ev(rn, job_id, type, level, message, payload, ts, eord) JOIN u ON u.ord = ev.rn ORDER BY ev.eord) x " +
        "RETURNING id, job_id), ";

    // Summed per counter first: one INSERT may not touch the same counter row twice.
    private const string CountersSql =
        "c AS (INSERT INTO owner_counters (owner, name, lifetime, session) " +
        "SELECT COALESCE(u.owner, ''), t.n, sum(t.d)::bigint, sum(t.d)::bigint FROM unnest($38::bigint[], $39::text[], $40::bigint[]) " +
        "AS t(rn, n, d) JOIN u ON u.ord = t.rn GROUP BY 1, 2 ORDER BY 1, 2 " +
        "ON CONFLICT (owner, name) DO UPDATE SET lifetime = owner_counters.lifetime + excluded.lifetime, " +
        "session = owner_counters.session + excluded.session) ";

    // Volatile calls in a subquery's output are always evaluated; PostgreSQL folds equal notifications of a transaction.
    private const string OutcomeSql =
        "SELECT u.ord, g.ids, (SELECT count(*) FROM (SELECT pg_notify('" + PostgresJobStore.Channel + "', 'j') " +
        "FROM u WHERE u.status = 'Queued') n) FROM u LEFT JOIN (SELECT job_id, array_agg(id ORDER BY id) AS ids FROM e " +
        "GROUP BY job_id) g ON g.job_id = u.id";

    internal static readonly string Sql = RowsSql + UpdateSql + CountsAndSearchSql + EventsSql + CountersSql + OutcomeSql;

    /// <summary>Adds one statement for <paramref name="commits"/> (distinct jobs) and routes its rows back to them.</summary>
    public static void Add(PgWriteBatch batch, IReadOnlyList<CommitWrite> commits)
    {
        foreach (var commit in commits)
        {
            commit.Reset();
        }
        batch.AddQuery(Sql, Parameters(commits), r =>
        {
            var commit = commits[(int)r.GetInt64(0) - 1];
            commit.Matched(r.IsDBNull(1) ? [] : r.GetFieldValue<long[]>(1));
        });
    }

    private static NpgsqlParameter[] Parameters(IReadOnlyList<CommitWrite> commits)
    {
        var rows = commits.Select(c => c.Row).ToArray();
        var events = commits.Sum(c => c.Events.Count);
        var eventRows = new long[events];
        var (jobIds, types, levels, messages, payloads) = (new string[events], new string[events], new string[events], new string[events], new string[events]);
        var times = new DateTimeOffset[events];
        var counterRows = new List<long>();
        var counterNames = new List<string>();
        var counterDeltas = new List<long>();
        var e = 0;
        for (var i = 0; i < commits.Count; i++)
        {
            var own = commits[i].Events;
            for (var k = 0; k < own.Count; k++, e++)
            {
                eventRows[e] = i + 1;
                jobIds[e] = own.JobIds[k];
                types[e] = own.Types[k];
                levels[e] = own.Levels[k];
                messages[e] = own.Messages[k];
                payloads[e] = own.Payloads[k];
                times[e] = own.Times[k];
            }
            foreach (var (name, delta) in commits[i].Counters)
            {
                counterRows.Add(i + 1);
                counterNames.Add(name);
                counterDeltas.Add(delta);
            }
        }
        return
        [
            Texts(rows.Select(r => r.Id)), Texts(rows.Select(r => r.Preset)), Texts(rows.Select(r => r.Status)),
            Ints(rows.Select(r => r.Priority)), Texts(rows.Select(r => r.BatchId)), Texts(rows.Select(r => r.Owner)),
            Texts(rows.Select(r => r.CorrelationId)), Ints(rows.Select(r => r.Attempt)), Ints(rows.Select(r => r.MaxAttempts)),
            Times(rows.Select(r => (DateTimeOffset?)r.CreatedUtc)), Times(rows.Select(r => r.StartedUtc)), Times(rows.Select(r => r.EndedUtc)),
            Times(rows.Select(r => r.RunAfterUtc)), Texts(rows.Select(r => r.LeaseOwner)), Times(rows.Select(r => r.LeaseExpiresUtc)),
            Array(rows.Select(r => r.ProgressPct).ToArray(), NpgsqlDbType.Double), Texts(rows.Select(r => r.Message)),
            Texts(rows.Select(r => r.Json.Counters)), Texts(rows.Select(r => r.Json.Input)), Texts(rows.Select(r => r.Json.Options)),
            Texts(rows.Select(r => r.Json.Steps)), Texts(rows.Select(r => r.Json.Output)), Texts(rows.Select(r => r.Json.Results)),
            Texts(rows.Select(r => r.Json.Warnings)), Texts(rows.Select(r => r.Json.Errors)), Texts(rows.Select(r => r.Json.Webhook)),
            Texts(rows.Select(r => r.TraceParent)),
            Array(commits.Select(c => c.ExpectedVersion).ToArray(), NpgsqlDbType.Bigint),
            Array(commits.Select(c => c.MoveToFront).ToArray(), NpgsqlDbType.Boolean),
            Array(commits.Select(c => c.ClearCancel).ToArray(), NpgsqlDbType.Boolean),
            Array(eventRows, NpgsqlDbType.Bigint), Array(jobIds, NpgsqlDbType.Text), Array(types, NpgsqlDbType.Text),
            Array(levels, NpgsqlDbType.Text), Array(messages, NpgsqlDbType.Text), Array(payloads, NpgsqlDbType.Text),
            Array(times, NpgsqlDbType.TimestampTz),
            Array(counterRows.ToArray(), NpgsqlDbType.Bigint), Array(counterNames.ToArray(), NpgsqlDbType.Text),
            Array(counterDeltas.ToArray(), NpgsqlDbType.Bigint),
        ];
    }

    private static NpgsqlParameter Texts(IEnumerable<string?> values) => Array(values.ToArray(), NpgsqlDbType.Text);

    private static NpgsqlParameter Ints(IEnumerable<int> values) => Array(values.ToArray(), NpgsqlDbType.Integer);

    private static NpgsqlParameter Times(IEnumerable<DateTimeOffset?> values) => Array(values.ToArray(), NpgsqlDbType.TimestampTz);

    private static NpgsqlParameter Array(object values, NpgsqlDbType type) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type };
}
