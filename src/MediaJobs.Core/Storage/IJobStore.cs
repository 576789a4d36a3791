using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Nodes;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Core.Storage;

/// <summary>
/// Everything the engine persists: jobs, batches, the event log, settings, counters, nodes and the
/// webhook outbox.
/// Every store implements this and passes the one conformance suite.
/// After every write that appends events, a store publishes the newest id on its <see cref="EventFeed"/>.
/// </summary>
public interface IJobStore : IWebhookOutbox
{
    EventFeed Feed { get; }

    /// <summary>Creates or migrates the schema. Safe to call on every start.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>
    /// Inserts new jobs (and the batch, when given) with their first events, in one transaction.
    /// Sets each job's <see cref="Job.Version"/>; returns the ids of the appended events.
    /// </summary>
    Task<IReadOnlyList<long>> EnqueueAsync(IReadOnlyList<Job> jobs, Batch? batch, IReadOnlyList<NewJobEvent> events, CancellationToken ct);

    Task<Job?> GetAsync(string id, CancellationToken ct);

    Task<JobPage> ListAsync(JobQuery query, CancellationToken ct);

    Task<Batch?> GetBatchAsync(string id, CancellationToken ct);

    /// <summary>A page of batches (newest first) with their jobs' counts per status and aggregate progress.</summary>
    Task<BatchPage> ListBatchesAsync(BatchQuery query, CancellationToken ct);

    /// <summary>How many Running jobs each lease owner (a node's <c>WorkerId</c>) holds now, over the whole store.</summary>
    Task<IReadOnlyDictionary<string, int>> CountRunningByLeaseOwnerAsync(CancellationToken ct);

    /// <summary>
    /// Claims up to <see cref="ClaimRequest.MaxCount"/> queued jobs of one type whose
    /// <see cref="Job.RunAfterUtc"/> has passed, highest priority then oldest queue position first,
    /// in one atomic statement: status Running, lease set, attempt + 1, version + 1.
    /// A job is never claimed by two workers, and nothing is claimed while the
    /// <see cref="Settings.QueuePaused"/> setting is "true".
    /// </summary>
    Task<IReadOnlyList<Job>> ClaimAsync(ClaimRequest request, CancellationToken ct);

    /// <summary>
    /// Writes the job's snapshot (every field but <see cref="Job.CancelRequested"/>) and appends the
    /// events, in one transaction, only if the stored version still equals <see cref="JobCommit.ExpectedVersion"/>.
    /// On success the job's <see cref="Job.Version"/> is bumped in place.
    /// </summary>
    Task<CommitResult> CommitAsync(JobCommit commit, CancellationToken ct);

    /// <summary>Extends the leases this worker still holds; reports which it lost and which were asked to cancel.</summary>
    Task<LeaseRenewal> RenewLeasesAsync(string workerId, IReadOnlyCollection<string> jobIds, DateTimeOffset leaseUntil, CancellationToken ct);

    /// <summary>Sets the cancel flag without touching the snapshot. False when the job does not exist.</summary>
    Task<bool> RequestCancelAsync(string id, CancellationToken ct);

    /// <summary>
    /// Deletes the final or queued jobs <paramref name="which"/> selects (never Running) and their events,
    /// appending one <c>job-removed</c> event per deleted job. Returns the deleted ids.
    /// </summary>
    Task<IReadOnlyList<string>> DeleteAsync(JobDeletion which, DateTimeOffset now, CancellationToken ct);

    Task<IReadOnlyList<JobEvent>> ReadEventsAsync(EventQuery query, CancellationToken ct);

    Task<long> GetLastEventIdAsync(CancellationToken ct);

    /// <summary>
    /// Counts per status and the named counters' totals, of one owner's jobs, or of everyone's when
    /// <paramref name="owner"/> is null (then each counter is the sum over all owners).
    /// </summary>
    Task<JobStats> GetStatsAsync(string? owner, CancellationToken ct);

    /// <summary>
    /// Succeeded and failed finishes per UTC minute from <paramref name="since"/> on (a minute starts at its first
    /// instant), of one owner's jobs or everyone's; only minutes with a finish, oldest first. Served by an index on
    /// the finish time, never by reading jobs.
    /// </summary>
    Task<IReadOnlyList<FinishedMinute>> CountFinishedPerMinuteAsync(DateTimeOffset since, string? owner, CancellationToken ct);

    /// <summary>
    /// Adds each delta to both totals (lifetime and session) of the named counter of <paramref name="owner"/>
    /// (null: jobs without an owner). A succeeded job's amounts arrive this way inside its commit (<see cref="JobCommit.CounterDeltas"/>).
    /// </summary>
    Task AddToCountersAsync(string? owner, IReadOnlyDictionary<string, long> deltas, CancellationToken ct);

    /// <summary>
    /// Jobs per type and status, over the whole store. Stores answer with one grouped query; this default
    /// pages through the jobs and is there so a new store works before it has one.
    /// </summary>
    async Task<IReadOnlyList<JobCount>> CountJobsAsync(CancellationToken ct)
    {
        var counts = new Dictionary<(string, JobStatus), long>();
        const int Page = 500;
        for (var offset = 0; ; offset += Page)
        {
            var page = await ListAsync(new JobQuery { Offset = offset, Limit = Page }, ct);
            foreach (var job in page.Items)
            {
                counts[(job.Type, job.Status)] = counts.GetValueOrDefault((job.Type, job.Status)) + 1;
            }
            if (page.Items.Count < Page)
            {
                return [.. counts.Select(c => new JobCount(c.Key.Item1, c.Key.Item2, c.Value))];
            }
        }
    }

    /// <summary>
    /// One type's jobs of <paramref name="owner"/> (everyone's when null): how many are in each status, and the sum of
    /// the job counter named <paramref name="counter"/> over them, each job's amount counted only when positive.
    /// One grouped query, never a scan of the jobs.
    /// </summary>
    Task<JobTypeSummary> SummarizeTypeAsync(string type, string? owner, string counter, CancellationToken ct);

    /// <summary>
    /// The latest active job of one type (and <paramref name="owner"/>, everyone's when null): the running one that
    /// started last, else the queued one created last; null when none is active.
    /// </summary>
    Task<Job?> FindLatestActiveAsync(string type, string? owner, CancellationToken ct);

    /// <summary>Sets the session total of every counter of every owner back to zero; lifetime totals never go back.</summary>
    Task ResetSessionCountersAsync(CancellationToken ct);

    Task<string?> GetSettingAsync(string key, CancellationToken ct);

    Task SetSettingAsync(string key, string? value, CancellationToken ct);

    /// <summary>
    /// Compare-and-swap: sets <paramref name="key"/> to <paramref name="value"/> only while it holds exactly
    /// <paramref name="expected"/> (null: the key is absent), in one atomic step against every other writer and node.
    /// </summary>
    /// <returns>True when written; false, with nothing written, when the stored value was not <paramref name="expected"/>.</returns>
    Task<bool> CompareAndSetSettingAsync(string key, string? expected, string value, CancellationToken ct);

    /// <summary>Registers a node or refreshes its row (its heartbeat), keyed by <see cref="NodeInfo.Name"/>.</summary>
    Task UpsertNodeAsync(NodeInfo node, CancellationToken ct);

    /// <summary>Every node that registered, live or gone, by name.</summary>
    Task<IReadOnlyList<NodeInfo>> ListNodesAsync(CancellationToken ct);
}
