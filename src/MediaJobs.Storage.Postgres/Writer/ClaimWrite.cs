using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// A claim in the writer's transaction: its rows stay locked (other nodes skip them) until the turn commits, and
/// it shares the turn's WAL flush instead of paying one of its own.
/// </summary>
internal sealed class ClaimWrite(string sql, ClaimRequest request, CancellationToken ct) : PgWriteOp<IReadOnlyList<Job>>(ct)
{
    private readonly List<(Job Job, long QueueOrder)> _claimed = [];

    public override bool AppendsEvents => false;

    protected override IReadOnlyList<Job> Result
    {
        get
        {
            // RETURNING gives no order; hand the jobs out in queue order.
            _claimed.Sort((a, b) => a.Job.Priority != b.Job.Priority
                ? b.Job.Priority.CompareTo(a.Job.Priority)
                : a.QueueOrder.CompareTo(b.QueueOrder));
            return _claimed.ConvertAll(c => c.Job);
        }
    }

    public override void Apply(PgWriteBatch batch)
    {
        _claimed.Clear();
        batch.AddQuery(sql,
        [
            PgJobRows.Text(request.Type),
            PgJobRows.Time(request.Now),
            PgJobRows.Int(request.MaxCount),
            PgJobRows.Text(request.WorkerId),
            PgJobRows.Time(request.LeaseUntil),
            PgJobRows.TextArray(request.ExcludedTools is { Count: > 0 } excluded ? [.. excluded] : null),
        ], r => _claimed.Add((JobTable.Read(r, PgJobRows.Dialect), r.GetInt64(JobTable.QueueOrderIndex))));
    }
}
