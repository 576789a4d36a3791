using MediaJobs.Core.Storage;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// A snapshot commit under the version fence. The writer folds every commit of a turn into one multi-row statement
/// (<see cref="CommitGroup"/>) that reports, row by row, which commits matched their version: a fenced commit writes
/// nothing (no snapshot, events, counters or wake-up) and is no error, so it never fails the others.
/// </summary>
internal sealed class CommitWrite : PgWriteOp<CommitResult>
{
    private readonly JobCommit _commit;
    private bool _committed;
    private long[] _ids = [];

    public CommitWrite(JobCommit commit, CancellationToken ct)
        : base(ct)
    {
        _commit = commit;
        Row = CommitRow.From(commit.Job);
        Events = new PgEventRows(commit.Events);
        // Sorted, so two transactions touch counter rows in one order.
        Counters = commit.CounterDeltas is { Count: > 0 } d ? [.. d.OrderBy(x => x.Key, StringComparer.Ordinal)] : [];
    }

    public string JobId => Row.Id;

    public CommitRow Row { get; }

    public PgEventRows Events { get; }

    public KeyValuePair<string, long>[] Counters { get; }

    public long ExpectedVersion => _commit.ExpectedVersion;

    public bool MoveToFront => _commit.MoveToFrontOfQueue;

    public bool ClearCancel => _commit.ClearCancelRequest;

    public override bool AppendsEvents => Events.Count > 0;

    protected override CommitResult Result => _committed ? new CommitResult(true, _ids) : CommitResult.Lost;

    /// <summary>Forgets an earlier attempt's outcome (the transaction is being built again).</summary>
    public void Reset()
    {
        _committed = false;
        _ids = [];
    }

    /// <summary>Its row matched the fence: the update ran and these events were appended.</summary>
    public void Matched(long[] eventIds)
    {
        _committed = true;
        _ids = eventIds;
    }

    public override void Apply(PgWriteBatch batch) => CommitGroup.Add(batch, [this]);

    protected override void OnCommitted(CommitResult result)
    {
        if (result.Committed)
        {
            _commit.Job.Version = _commit.ExpectedVersion + 1;
        }
    }
}
