using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Retention;
using MediaJobs.Core.Service;
using MediaJobs.Core.Storage;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Server.Auth;

/// <summary>
/// The job service as one request's caller sees it, and the only way an endpoint reaches jobs: the caller's
/// owner filter is bound once here, so no route can forget it. Another owner's job, batch or event is "not
/// found" (ids do not leak); admin keys (and the keyless loopback server) see everything. Jobs submitted
/// through it belong to the caller. Events are read only for a <see cref="Job"/> this caller was given.
/// </summary>
public sealed class CallerJobs(JobService service, ApiCaller caller)
{
    public ApiCaller Caller => caller;

    public bool IsPaused => service.IsPaused;

    public IReadOnlyDictionary<string, RunHold> HeldTypes => service.HeldTypes;

    public PipelineRegistry Pipelines => service.Pipelines;

    private string? Owner => caller.OwnerFilter;

    /// <summary>The caller of the current request (scoped: one per request).</summary>
    internal static CallerJobs ForRequest(IServiceProvider services) => new(
        services.GetRequiredService<JobService>(),
        services.GetRequiredService<IHttpContextAccessor>().HttpContext?.GetCaller()
            ?? throw new InvalidOperationException("CallerJobs serves HTTP requests only."));

    public Task<Job?> GetAsync(string id, CancellationToken ct) => service.GetAsync(id, Owner, ct);

    /// <summary>The caller's job when <paramref name="shown"/> (a surface shows jobs like it), else null.</summary>
    public async Task<Job?> FindAsync(string id, Func<Job, bool> shown, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(shown);
        return await GetAsync(id, ct) is { } job && shown(job) ? job : null;
    }

    /// <summary>A page of the caller's jobs; the query's own owner is replaced by the caller's.</summary>
    public Task<JobPage> ListAsync(JobQuery query, CancellationToken ct) => service.ListAsync(query with { Owner = Owner }, ct);

    public Task<Batch?> GetBatchAsync(string id, CancellationToken ct) => service.GetBatchAsync(id, Owner, ct);

    /// <summary>A page of the caller's batches with their counts; the query's own owner is replaced by the caller's.</summary>
    public Task<Core.Storage.BatchPage> ListBatchesAsync(Core.Storage.BatchQuery query, CancellationToken ct) =>
        service.Store.ListBatchesAsync(query with { Owner = Owner }, ct);

    public Task<JobStats> GetStatsAsync(CancellationToken ct) => service.GetStatsAsync(Owner, ct);

    /// <summary>The caller's succeeded and failed finishes in each of the last <paramref name="minutes"/> minutes.</summary>
    public Task<IReadOnlyList<FinishedMinute>> GetFinishedPerMinuteAsync(int minutes, CancellationToken ct) =>
        service.GetFinishedPerMinuteAsync(minutes, Owner, ct);

    /// <summary>The nodes sharing the store: not owner-scoped (no job data), the same for every caller.</summary>
    public Task<IReadOnlyList<MediaJobs.Core.Nodes.NodeInfo>> ListNodesAsync(CancellationToken ct) => service.Store.ListNodesAsync(ct);

    /// <summary>Running jobs per lease owner over the whole store: counts only (no job data), the same for every caller, like the node list.</summary>
    public Task<IReadOnlyDictionary<string, int>> CountRunningByLeaseOwnerAsync(CancellationToken ct) => service.Store.CountRunningByLeaseOwnerAsync(ct);

    public Task<Job> SubmitAsync(JobSubmission submission, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submission);
        submission.Owner = caller.Owner;
        return service.SubmitAsync(submission, ct);
    }

    public Task<(Batch? Batch, IReadOnlyList<Job> Jobs)> SubmitManyAsync(IReadOnlyList<JobSubmission> submissions, string? batchName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        foreach (var submission in submissions)
        {
            submission.Owner = caller.Owner;
        }
        return service.SubmitManyAsync(submissions, batchName, ct);
    }

    public Task<CancelOutcome> CancelAsync(string id, CancellationToken ct) => service.CancelAsync(id, Owner, ct);

    public Task<IReadOnlyList<CancelOutcome>?> CancelBatchAsync(string batchId, CancellationToken ct) => service.CancelBatchAsync(batchId, Owner, ct);

    /// <summary>Deletes a finished or queued job of the caller's (a running one is refused).</summary>
    public Task<DeleteOutcome> DeleteAsync(string id, CancellationToken ct) => service.DeleteAsync(id, Owner, ct);

    /// <summary>Removes a job of the caller's; false when there is none.</summary>
    public Task<bool> RemoveAsync(string id, CancellationToken ct) => service.RemoveAsync(id, Owner, ct);

    /// <summary>The caller's job once it has stopped running, or as it stands when <paramref name="wait"/> ran out.</summary>
    public Task<Job?> WaitForStopAsync(string id, TimeSpan wait, CancellationToken ct) => service.WaitForStopAsync(id, Owner, wait, ct);

    /// <summary>After a pause: how many runs had not ended within <paramref name="wait"/>.</summary>
    public Task<int> WaitForPauseAsync(TimeSpan wait, CancellationToken ct) => service.WaitForPauseAsync(wait, AdminOnly(ct));

    public Task<RetryOutcome> RetryAsync(string id, CancellationToken ct) => service.RetryAsync(id, Owner, ct);

    /// <summary>A retry under a surface's own rules (statuses and precondition).</summary>
    public Task<RetryOutcome> RetryAsync(string id, RetryRules rules, CancellationToken ct) => service.RetryAsync(id, Owner, rules, ct);

    /// <summary>Counts per status of the caller's jobs of one type, and the sum of one job counter over them.</summary>
    public Task<JobTypeSummary> SummarizeTypeAsync(string type, string counter, CancellationToken ct) => service.SummarizeTypeAsync(type, Owner, counter, ct);

    /// <summary>The caller's running job of this type that started last, else its newest queued one.</summary>
    public Task<Job?> FindLatestActiveAsync(string type, CancellationToken ct) => service.FindLatestActiveAsync(type, Owner, ct);

    public Task<IReadOnlyList<string>> ClearAsync(IReadOnlyCollection<JobStatus>? statuses, IReadOnlyCollection<string>? types, CancellationToken ct) =>
        service.ClearAsync(statuses, Owner, types, ct);

    /// <summary>A page of the events of a job this caller was given.</summary>
    public Task<IReadOnlyList<JobEvent>> ReadEventsAsync(Job job, long afterId, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        return service.ReadEventsAsync(job.Id, afterId, limit, ct);
    }

    /// <summary>The events of a job this caller was given, then new ones as they come (null: a heartbeat tick).</summary>
    public IAsyncEnumerable<JobEvent?> FollowEventsAsync(Job job, long afterId, TimeSpan heartbeat, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        return service.FollowEventsAsync(job.Id, afterId, heartbeat, ct);
    }

    /// <summary>
    /// Every job's events this caller may see, then new ones as they come (null: a heartbeat tick). A job's
    /// events pass once it was found the caller's; a removal passes when its job was seen before (or is one of
    /// <paramref name="known"/>, the caller's jobs the client already holds).
    /// </summary>
    public async IAsyncEnumerable<JobEvent?> FollowAllEventsAsync(long afterId, TimeSpan heartbeat, IEnumerable<string>? known, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var visible = (known ?? []).ToDictionary(id => id, _ => true, StringComparer.Ordinal);
        await foreach (var e in service.FollowEventsAsync(null, afterId, heartbeat, ct))
        {
            if (e is null || Owner is null || await IsVisibleAsync(visible, e.JobId, ct))
            {
                yield return e;
            }
        }
    }

    public Task<long> GetLastEventIdAsync(CancellationToken ct) => service.Store.GetLastEventIdAsync(ct);

    /// <summary>The webhook deliveries of a job this caller was given.</summary>
    public async Task<IReadOnlyList<WebhookDelivery>> ListWebhookDeliveriesAsync(Job job, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        return service.Store is IWebhookOutbox outbox ? await outbox.ListWebhookDeliveriesAsync(job.Id, ct) : [];
    }

    /// <summary>A resend of one of <paramref name="job"/>'s deliveries (the job was given to this caller, so it is theirs).</summary>
    public Task<WebhookDelivery?> ResendWebhookAsync(Job job, string deliveryId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(job);
        return service.ResendWebhookAsync(job.Id, deliveryId, ct);
    }

    /// <summary>Node-wide controls: an admin's only (endpoints answer the 403 in their own shape first).</summary>
    public Task PauseAsync(CancellationToken ct) => service.PauseAsync(AdminOnly(ct));

    public Task ResumeAsync(CancellationToken ct) => service.ResumeAsync(AdminOnly(ct));

    public Task ResetSessionStatsAsync(CancellationToken ct) => service.ResetSessionStatsAsync(AdminOnly(ct));

    public Task<PruneResult> PruneAsync(RetentionOptions policy, CancellationToken ct) => service.PruneAsync(policy, AdminOnly(ct));

    private CancellationToken AdminOnly(CancellationToken ct) =>
        caller.IsAdmin ? ct : throw new UnauthorizedAccessException("This control needs an admin API key.");

    private async Task<bool> IsVisibleAsync(Dictionary<string, bool> cache, string jobId, CancellationToken ct)
    {
        if (!cache.TryGetValue(jobId, out var visible))
        {
            visible = await GetAsync(jobId, ct) is not null;
            if (cache.Count > 10_000)
            {
                cache.Clear();
            }
            cache[jobId] = visible;
        }
        return visible;
    }
}
