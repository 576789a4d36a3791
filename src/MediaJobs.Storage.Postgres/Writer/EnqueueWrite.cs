using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// New jobs (and their batch) with their first events; wakes idle nodes. The jobs go in as ONE multi-row insert over
/// column arrays, whatever their number, taking queue positions in the order given; the same statement counts them and
/// indexes their text (<see cref="PgJobCounts"/>).
/// </summary>
internal sealed class EnqueueWrite : PgWriteOp<IReadOnlyList<long>>
{
    private const string InsertBatchSql = "INSERT INTO batches (id, name, owner, created_utc) VALUES ($1, $2, $3, $4)";

    // A job's tools travel as one text (unnest takes no ragged text[][]); the unit separator never occurs in a tool name.
    private const string ToolSeparator = "\u001f";

    private static readonly string InsertJobsSql =
        $"WITH i AS (INSERT INTO jobs ({JobTable.Columns}) SELECT v.id, v.type, v.preset, v.status, v.priority, nextval('jobs_queue_order_seq'), " +
        "v.batch_id, v.owner, v.correlation_id, v.attempt, v.max_attempts, v.cancel_requested, v.created_utc, v.started_utc, " +
        "v.ended_utc, v.run_after_utc, v.lease_owner, v.lease_expires_utc, v.progress_pct, v.message, v.counters::jsonb, 1, v.input, " +
        "v.options, v.steps, v.output, v.results, v.warnings, v.errors, v.webhook, v.trace_parent, " +
        "string_to_array(v.tools, E'\\x1f') FROM (SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::int[], " +
        "$6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::bool[], $12::timestamptz[], $13::timestamptz[], " +
        "$14::timestamptz[], $15::timestamptz[], $16::text[], $17::timestamptz[], $18::float8[], $19::text[], $20::text[], " +
        "$21::text[], $22::text[], $23::text[], $24::text[], $25::text[], $26::text[], $27::text[], $28::text[], $29::text[], " +
        "$30::text[]) WITH ORDINALITY AS v(id, type, preset, status, priority, batch_id, owner, correlation_id, attempt, " +
        "max_attempts, cancel_requested, created_utc, started_utc, ended_utc, run_after_utc, lease_owner, lease_expires_utc, " +
        "progress_pct, message, counters, input, options, steps, output, results, warnings, errors, webhook, trace_parent, tools, ord) " +
        "ORDER BY ord) v RETURNING id, type, status, owner, input), " +
        PgJobCounts.Cte("k", "SELECT type, status, COALESCE(owner, ''), 1 FROM i") + " " +
        "INSERT INTO job_search (id, folded) SELECT i.id, " + PgJobSearch.Folded("i.input") + " FROM i";

    private static readonly string InsertEventsSql =
        "INSERT INTO job_events (id, job_id, type, level, message, payload, timestamp_utc) " +
        "SELECT nextval('job_events_id_seq'), v.job_id, v.type, v.level, v.message, v.payload, v.ts FROM (" +
        $"SELECT * FROM {PgEventRows.Unnest(1)} ORDER BY ord) v RETURNING id";

    private readonly IReadOnlyList<Job> _jobs;
    private readonly NpgsqlParameter[]? _batch;
    private readonly CommitRow[] _rows;
    private readonly PgEventRows _events;
    private readonly List<long> _ids = [];

    public EnqueueWrite(IReadOnlyList<Job> jobs, Batch? batch, PgEventRows events, CancellationToken ct)
        : base(ct)
    {
        _jobs = jobs;
        _batch = batch is null ? null :
            [PgJobRows.Text(batch.Id), PgJobRows.Text(batch.Name), PgJobRows.Text(batch.Owner), PgJobRows.Time(batch.CreatedUtc)];
        _rows = [.. jobs.Select(CommitRow.From)];
        _events = events;
    }

    public override bool AppendsEvents => _events.Count > 0;

    protected override IReadOnlyList<long> Result
    {
        get
        {
            _ids.Sort();
            return _ids;
        }
    }

    public override void Apply(PgWriteBatch batch)
    {
        _ids.Clear();
        if (_batch is not null)
        {
            batch.Add(InsertBatchSql, Clone(_batch));
        }
        if (_rows.Length > 0)
        {
            batch.Add(InsertJobsSql, JobParameters());
        }
        if (_events.Count > 0)
        {
            batch.AddQuery(InsertEventsSql, _events.Parameters(), r => _ids.Add(r.GetInt64(0)));
        }
        batch.AddQuery(PgWriter.NotifySql, [PgJobRows.Text("j")], null);
    }

    protected override void OnCommitted(IReadOnlyList<long> result)
    {
        foreach (var job in _jobs)
        {
            job.Version = 1;
        }
    }

    internal static IEnumerable<NpgsqlParameter> Clone(NpgsqlParameter[] parameters) => parameters.Select(p => p.Clone());

    private NpgsqlParameter[] JobParameters() =>
    [
        Texts(r => r.Id), Column(_jobs.Select(j => j.Type).ToArray(), NpgsqlDbType.Text), Texts(r => r.Preset), Texts(r => r.Status),
        Column(_rows.Select(r => r.Priority).ToArray(), NpgsqlDbType.Integer), Texts(r => r.BatchId), Texts(r => r.Owner),
        Texts(r => r.CorrelationId), Column(_rows.Select(r => r.Attempt).ToArray(), NpgsqlDbType.Integer),
        Column(_rows.Select(r => r.MaxAttempts).ToArray(), NpgsqlDbType.Integer),
        Column(_jobs.Select(j => j.CancelRequested).ToArray(), NpgsqlDbType.Boolean),
        Times(r => r.CreatedUtc), Times(r => r.StartedUtc), Times(r => r.EndedUtc), Times(r => r.RunAfterUtc), Texts(r => r.LeaseOwner),
        Times(r => r.LeaseExpiresUtc), Column(_rows.Select(r => r.ProgressPct).ToArray(), NpgsqlDbType.Double), Texts(r => r.Message),
        Texts(r => r.Json.Counters), Texts(r => r.Json.Input), Texts(r => r.Json.Options), Texts(r => r.Json.Steps),
        Texts(r => r.Json.Output), Texts(r => r.Json.Results), Texts(r => r.Json.Warnings), Texts(r => r.Json.Errors),
        Texts(r => r.Json.Webhook), Texts(r => r.TraceParent),
        Column(_jobs.Select(j => j.RequiredTools.Count == 0 ? null : string.Join(ToolSeparator, j.RequiredTools)).ToArray(), NpgsqlDbType.Text),
    ];

    private NpgsqlParameter Texts(Func<CommitRow, string?> column) => Column(_rows.Select(column).ToArray(), NpgsqlDbType.Text);

    private NpgsqlParameter Times(Func<CommitRow, DateTimeOffset?> column) => Column(_rows.Select(column).ToArray(), NpgsqlDbType.TimestampTz);

    private static NpgsqlParameter Column(object values, NpgsqlDbType type) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | type };
}
