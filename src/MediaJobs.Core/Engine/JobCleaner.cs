using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Engine;

/// <summary>
/// Removes what a job leaves on disk once no run of it is going on: its work folder, then whatever its pipeline
/// keeps elsewhere (<see cref="IJobCleanup"/>). Every path by which a job stops for good comes through here: the
/// runner's end of a run, a cancel or clear of a queued job, and the start-up sweep of final jobs.
/// Failures are logged, never thrown: a clean-up must not keep a job from its status, and the next start sweeps again.
/// </summary>
internal sealed class JobCleaner(IJobStore store, PipelineRegistry pipelines, DataLayout layout, ILogger logger)
{
    private const int PageSize = 200;

    private static readonly JobStatus[] FinalStatuses = [JobStatus.Succeeded, JobStatus.Failed, JobStatus.Cancelled, JobStatus.Skipped];

    /// <summary>Job types whose pipeline cleans up outside the work folder; only their jobs are read for a sweep or a clear.</summary>
    public IEnumerable<string> TypesWithCleanup => pipelines.Types.Where(t => pipelines.Find(t) is IJobCleanup);

    public async Task CleanUpAsync(Job job, CancellationToken ct, bool deleted = false)
    {
        RemoveWorkDirectory(job.Id);
        if (pipelines.Find(job.Type) is not IJobCleanup cleanup)
        {
            return;
        }
        try
        {
            await (deleted ? cleanup.CleanUpDeletedAsync(job, ct) : cleanup.CleanUpAsync(job, ct));
        }
#pragma warning disable CA1031 // a failing clean-up must not stop the job from reaching its status; the next start-up sweep retries
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
#pragma warning restore CA1031
        {
            logger.LogWarning(ex, "Clean-up after job {JobId} failed", job.Id);
        }
    }

    /// <summary>Runs before a final commit too, so whoever sees the final status also sees no temp files.</summary>
    public void RemoveWorkDirectory(string jobId)
    {
        try
        {
            var work = layout.WorkDirectory(jobId);
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not remove the work folder of job {JobId}", jobId);
        }
    }

    /// <summary>
    /// A deleted (cleared) job's whole folder: its outputs and logs can no longer be reached through the API, so they
    /// would only fill the disk.
    /// </summary>
    public void RemoveJobDirectory(string jobId)
    {
        try
        {
            var folder = layout.JobDirectory(jobId);
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException ex)
        {
            logger.LogWarning(ex, "Could not remove the folder of deleted job {JobId}", jobId);
        }
    }

    /// <summary>
    /// At start-up: removes the folder of every job the store no longer holds (a crash between a clear's delete and
    /// its folder removal). Only folders named like our job ids are touched.
    /// </summary>
    public async Task SweepDeletedJobFoldersAsync(CancellationToken ct)
    {
        var jobs = Path.Combine(layout.DataDirectory, "jobs");
        if (!Directory.Exists(jobs))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(jobs))
        {
            var id = Path.GetFileName(folder);
            if (JobIds.IsWellFormed(id) && await store.GetAsync(id, ct) is null)
            {
                RemoveJobDirectory(id);
            }
        }
    }

    /// <summary>
    /// At start-up, before this node claims anything: cleans up after every final job of a type with a clean-up, so a
    /// crash between a job's final status and its clean-up leaves nothing behind.
    /// </summary>
    public async Task SweepFinalJobsAsync(CancellationToken ct)
    {
        foreach (var type in TypesWithCleanup)
        {
            await foreach (var job in ListAsync(new JobQuery { Type = type, Statuses = FinalStatuses }, ct))
            {
                await CleanUpAsync(job, ct);
            }
        }
    }

    /// <summary>
    /// With each retention pass: a cancelled job may keep files for a retry (a transcode's committed segments) for a
    /// while; its clean-up gives them up once that time is over, or at once for a job that ended before
    /// <paramref name="prunedBefore"/> (retention deletes it next, without running its clean-up).
    /// </summary>
    public async Task SweepCancelledJobsAsync(DateTimeOffset? prunedBefore, CancellationToken ct)
    {
        foreach (var type in TypesWithCleanup)
        {
            await foreach (var job in ListAsync(new JobQuery { Type = type, Statuses = [JobStatus.Cancelled] }, ct))
            {
                await CleanUpAsync(job, ct, deleted: job.EndedUtc < prunedBefore);
            }
        }
    }

    /// <summary>Every job the query matches, a page at a time.</summary>
    public async IAsyncEnumerable<Job> ListAsync(JobQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        for (var offset = 0; ; offset += PageSize)
        {
            var page = await store.ListAsync(query with { Offset = offset, Limit = PageSize }, ct);
            foreach (var job in page.Items)
            {
                yield return job;
            }
            if (page.Items.Count < PageSize)
            {
                yield break;
            }
        }
    }
}
