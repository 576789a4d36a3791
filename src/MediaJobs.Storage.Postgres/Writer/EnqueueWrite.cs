using MediaJobs.Core.Jobs;
using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>New jobs (and their batch) with their first events; wakes idle nodes.</summary>
internal sealed class EnqueueWrite : PgWriteOp<IReadOnlyList<long>>
{
    private const string InsertBatchSql = "INSERT INTO batches (id, name, owner, created_utc) VALUES ($1, $2, $3, $4)";

    private const string InsertJobSql =
        $"INSERT INTO jobs ({PgJobRows.Columns}) VALUES ($1, $28, $2, $3, $4, nextval('jobs_queue_order_seq'), $5, $6, $7, $8, " +
        "$9, $29, $10, $11, $12, $13, $14, $15, $16, $17, $18::jsonb, 1, $19, $20, $21, $22, $23, $24, $25, $26, $27, $30)";

    private static readonly string InsertEventsSql =
        "INSERT INTO job_events (id, job_id, type, level, message, payload, timestamp_utc) " +
        "SELECT nextval('job_events_id_seq'), v.job_id, v.type, v.level, v.message, v.payload, v.ts FROM (" +
        $"SELECT * FROM {PgEventRows.Unnest(1)} ORDER BY ord) v RETURNING id";

    private readonly IReadOnlyList<Job> _jobs;
    private readonly NpgsqlParameter[]? _batch;
    private readonly List<NpgsqlParameter[]> _rows;
    private readonly PgEventRows _events;
    private readonly List<long> _ids = [];

    public EnqueueWrite(IReadOnlyList<Job> jobs, Batch? batch, PgEventRows events, CancellationToken ct)
        : base(ct)
    {
        _jobs = jobs;
        _batch = batch is null ? null :
            [PgJobRows.Text(batch.Id), PgJobRows.Text(batch.Name), PgJobRows.Text(batch.Owner), PgJobRows.Time(batch.CreatedUtc)];
        _rows = [.. jobs.Select(job => (NpgsqlParameter[])[
            .. PgJobRows.Snapshot(job),
            PgJobRows.Text(job.Type),
            PgJobRows.Bool(job.CancelRequested),
            PgJobRows.TextArray(job.RequiredTools.Count == 0 ? null : [.. job.RequiredTools])])];
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
        foreach (var row in _rows)
        {
            batch.Add(InsertJobSql, Clone(row));
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
}
