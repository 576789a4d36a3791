using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Service;

/// <summary>Cancel, retry, queue pause and resume, stats.</summary>
public sealed partial class JobService
{
    /// <summary>Cancels the job and then its children (<see cref="SubmitChildrenAsync"/>), if it has any.</summary>
    public async Task<CancelOutcome> CancelAsync(string id, string? owner, CancellationToken ct)
    {
        var outcome = await CancelOneAsync(id, owner, ct);
        if (outcome.Result is CancelResult.Requested or CancelResult.Cancelled && await store.GetBatchAsync(id, ct) is not null)
        {
            foreach (var child in await ListChildrenAsync(id, ct))
            {
                if (!child.Status.IsFinal())
                {
                    await CancelOneAsync(child.Id, owner, ct);
                }
            }
        }
        return outcome;
    }

    private async Task<CancelOutcome> CancelOneAsync(string id, string? owner, CancellationToken ct)
    {
        // Loop on version conflicts: the job may be claimed between our read and our write.
        while (true)
        {
            var job = await GetAsync(id, owner, ct);
            if (job is null)
            {
                return new(CancelResult.NotFound, null);
            }
            if (job.Status.IsFinal())
            {
                return new(CancelResult.AlreadyFinal, job);
            }
            if (job.Status == JobStatus.Running)
            {
                await store.RequestCancelAsync(id, ct);
                engine.TryStop(id, StopReason.Cancel);
                job.CancelRequested = true;
                return new(CancelResult.Requested, job);
            }
            var events = JobTransitions.Cancelled(job, null, time.GetUtcNow());
            if ((await store.CommitAsync(new JobCommit(job, job.Version, events), ct)).Committed)
            {
                // A queued job may hold files from a run a crash cut short. After the commit, when no worker can
                // claim it any more; a crash in between is caught by the start-up sweep of final jobs.
                await engine.Cleaner.CleanUpAsync(job, CancellationToken.None);
                await ParentWake.WakeAsync(store, job, time, ct);
                engine.Wake();
                return new(CancelResult.Cancelled, job);
            }
        }
    }

    /// <summary>
    /// Cancels every unfinished job of a batch (queued ones at once, running ones through their token).
    /// Null when the batch does not exist for this owner.
    /// </summary>
    public async Task<IReadOnlyList<CancelOutcome>?> CancelBatchAsync(string batchId, string? owner, CancellationToken ct)
    {
        if (await GetBatchAsync(batchId, owner, ct) is null)
        {
            return null;
        }
        var unfinished = await store.ListAsync(new JobQuery { BatchId = batchId, Owner = owner, Statuses = [JobStatus.Queued, JobStatus.Running], Limit = 10_000 }, ct);
        var outcomes = new List<CancelOutcome>(unfinished.Items.Count);
        foreach (var job in unfinished.Items)
        {
            outcomes.Add(await CancelAsync(job.Id, owner, ct));
        }
        return outcomes;
    }

    /// <summary>A real retry: same id, new attempt, resumes at the first step that did not succeed.</summary>
    public Task<RetryOutcome> RetryAsync(string id, string? owner, CancellationToken ct) => RetryAsync(id, owner, RetryRules.Default, ct);

    /// <summary>A retry under <paramref name="rules"/>: a face's own statuses and precondition, checked on the job it retries.</summary>
    public async Task<RetryOutcome> RetryAsync(string id, string? owner, RetryRules rules, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rules);
        while (true)
        {
            var job = await GetAsync(id, owner, ct);
            if (job is null)
            {
                return new(RetryResult.NotFound, null);
            }
            if (!rules.From.Contains(job.Status) || !job.Status.IsFinal())
            {
                return new(RetryResult.NotRetryable, job);
            }
            if (rules.Refusal?.Invoke(job) is { } refusal)
            {
                return new(RetryResult.NotRetryable, job, refusal);
            }
            var events = JobTransitions.RetryRequested(job, options.MaxAttempts, time.GetUtcNow());
            if ((await store.CommitAsync(new JobCommit(job, job.Version, events, ClearCancelRequest: true), ct)).Committed)
            {
                metrics?.Retried(job.Type, "manual");
                engine.Wake();
                return new(RetryResult.Queued, job);
            }
        }
    }

    /// <summary>
    /// After a cancel or a pause: waits (at most <paramref name="timeout"/>) until the job's run on this node has
    /// ended, then returns the job as it is now — Cancelled or Queued, or still Running when it is still stopping
    /// (or runs on another node, which stops it at its next heartbeat).
    /// </summary>
    public async Task<Job?> WaitForStopAsync(string id, string? owner, TimeSpan timeout, CancellationToken ct)
    {
        await engine.WaitForRunEndAsync(id, timeout, ct);
        return await GetAsync(id, owner, ct);
    }

    /// <summary>After a pause: waits (at most <paramref name="timeout"/>) until this node runs nothing; the count still stopping.</summary>
    public Task<int> WaitForPauseAsync(TimeSpan timeout, CancellationToken ct) => engine.WaitForAllRunsEndAsync(timeout, ct);

    public bool IsPaused => engine.IsPaused;

    /// <summary>Job types a run guard holds back on this node (free disk space), and why.</summary>
    public IReadOnlyDictionary<string, RunHold> HeldTypes => engine.HeldTypes;

    /// <summary>Running jobs stop and go back to the front of the queue; nothing new starts until resumed.</summary>
    public async Task PauseAsync(CancellationToken ct)
    {
        await store.SetSettingAsync(Settings.QueuePaused, "true", ct);
        engine.SetPaused(true);
    }

    public async Task ResumeAsync(CancellationToken ct)
    {
        await store.SetSettingAsync(Settings.QueuePaused, null, ct);
        engine.SetPaused(false);
    }

    public Task<JobStats> GetStatsAsync(string? owner, CancellationToken ct) => store.GetStatsAsync(owner, ct);

    /// <summary>
    /// The last <paramref name="minutes"/> UTC minutes (the current one last), each with its succeeded and failed
    /// finishes, zero where none; one owner's jobs, or everyone's when <paramref name="owner"/> is null.
    /// </summary>
    public async Task<IReadOnlyList<FinishedMinute>> GetFinishedPerMinuteAsync(int minutes, string? owner, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minutes, 1);
        var now = time.GetUtcNow().ToUniversalTime();
        var current = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        var first = current.AddMinutes(1 - minutes);
        var counted = (await store.CountFinishedPerMinuteAsync(first, owner, ct)).ToDictionary(m => m.Minute);
        return [.. Enumerable.Range(0, minutes).Select(i => first.AddMinutes(i)).Select(m => counted.GetValueOrDefault(m) ?? new FinishedMinute(m, 0, 0))];
    }

    /// <summary>Every counter's session total back to zero, for every owner (lifetime totals stay).</summary>
    public Task ResetSessionStatsAsync(CancellationToken ct) => store.ResetSessionCountersAsync(ct);
}
