using MediaJobs.Core.Storage;
using Npgsql;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>Extends the leases a worker still holds; reports the ones it lost and the ones asked to cancel.</summary>
internal sealed class RenewWrite(string workerId, IReadOnlyCollection<string> jobIds, DateTimeOffset leaseUntil, CancellationToken ct)
    : PgWriteOp<LeaseRenewal>(ct)
{
    private const string Sql =
        "UPDATE jobs SET lease_expires_utc = $1 WHERE id = ANY($2) AND status = 'Running' AND lease_owner = $3 " +
        "RETURNING id, cancel_requested";

    private readonly HashSet<string> _held = new(StringComparer.Ordinal);
    private readonly List<string> _cancel = [];

    public override bool AppendsEvents => false;

    protected override LeaseRenewal Result => new([.. jobIds.Where(id => !_held.Contains(id))], _cancel);

    public override void Apply(PgWriteBatch batch)
    {
        _held.Clear();
        _cancel.Clear();
        batch.AddQuery(Sql, [PgJobRows.Time(leaseUntil), PgJobRows.TextArray(jobIds), PgJobRows.Text(workerId)], Read);
    }

    private void Read(NpgsqlDataReader r)
    {
        _held.Add(r.GetString(0));
        if (r.GetBoolean(1))
        {
            _cancel.Add(r.GetString(0));
        }
    }
}
