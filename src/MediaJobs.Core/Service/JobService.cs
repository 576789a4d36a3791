using MediaJobs.Core.Diagnostics;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Core.Storage;

namespace MediaJobs.Core.Service;

/// <summary>
/// What every face (native API, compat surfaces, CLI, dashboard) calls. Owner-scoped calls
/// treat another owner's job as not found, so ids do not leak; a null owner sees everything.
/// </summary>
public sealed partial class JobService(
    IJobStore store,
    PipelineRegistry pipelines,
    JobEngine engine,
    EngineOptions options,
    TimeProvider time,
    MediaJobsMetrics? metrics = null)
{
    public IJobStore Store => store;

    public PipelineRegistry Pipelines => pipelines;

    public async Task<Job> SubmitAsync(JobSubmission submission, CancellationToken ct) =>
        (await SubmitManyAsync([submission], batchName: null, ct)).Jobs[0];

    /// <summary>Validates every submission first; then stores them all (and the batch) in one transaction.</summary>
    public async Task<(Batch? Batch, IReadOnlyList<Job> Jobs)> SubmitManyAsync(IReadOnlyList<JobSubmission> submissions, string? batchName, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var jobs = new List<Job>(submissions.Count);
        var events = new List<NewJobEvent>(submissions.Count);
        var owner = submissions.Count > 0 ? submissions[0].Owner : null;
        var batch = batchName is null ? null : new Batch(JobIds.New(time), batchName, owner, now);
        for (var i = 0; i < submissions.Count; i++)
        {
            var job = Prepare(submissions[i], batch?.Id, now, submissions.Count > 1 ? $"jobs[{i}]." : "");
            events.AddRange(JobTransitions.Submitted(job, now));
            jobs.Add(job);
        }
        await store.EnqueueAsync(jobs, batch, events, ct);
        engine.Wake();
        return (batch, jobs);
    }

    public async Task<Job?> GetAsync(string id, string? owner, CancellationToken ct)
    {
        if (!JobIds.IsWellFormed(id))
        {
            return null;
        }
        var job = await store.GetAsync(id, ct);
        return job is not null && Visible(job, owner) ? job : null;
    }

    public Task<JobPage> ListAsync(JobQuery query, CancellationToken ct) => store.ListAsync(query, ct);

    public async Task<Batch?> GetBatchAsync(string id, string? owner, CancellationToken ct)
    {
        var batch = JobIds.IsWellFormed(id) ? await store.GetBatchAsync(id, ct) : null;
        return batch is not null && (owner is null || batch.Owner == owner) ? batch : null;
    }

    private Job Prepare(JobSubmission submission, string? batchId, DateTimeOffset now, string fieldPrefix)
    {
        var pipeline = pipelines.Find(submission.Type)
            ?? throw new JobValidationException(fieldPrefix + "type", $"Unknown job type '{submission.Type}'. Known types: {string.Join(", ", pipelines.Types)}.");
        submission.Preset ??= pipeline.Presets[0];
        if (!pipeline.Presets.Contains(submission.Preset, StringComparer.Ordinal))
        {
            throw new JobValidationException(fieldPrefix + "preset", $"Unknown preset '{submission.Preset}' for job type '{pipeline.Type}'. Known presets: {string.Join(", ", pipeline.Presets)}.");
        }
        submission.Webhook?.Validate(fieldPrefix + "options.webhook");
        SubmissionLimits.Check(submission, fieldPrefix);
        var steps = pipeline.Prepare(submission);
        // Prepare may add defaults: what is stored must still fit.
        SubmissionLimits.Check(submission, fieldPrefix);
        if (submission.Id is not null && !JobIds.IsWellFormed(submission.Id))
        {
            throw new JobValidationException(fieldPrefix + "id", $"'{submission.Id}' is not a job id (a UUID).");
        }
        return new Job
        {
            Id = submission.Id ?? JobIds.New(time),
            Type = pipeline.Type,
            Preset = submission.Preset,
            Input = submission.Input,
            Options = submission.Options,
            CorrelationId = string.IsNullOrWhiteSpace(submission.CorrelationId) ? Guid.NewGuid().ToString("N") : submission.CorrelationId,
            // The caller's trace (its incoming traceparent, on every surface): the job's runs continue it.
            TraceParent = MediaJobsTracing.CurrentTraceParent(),
            BatchId = batchId,
            Owner = submission.Owner,
            Webhook = submission.Webhook,
            Priority = submission.Priority,
            MaxAttempts = submission.MaxAttempts ?? options.MaxAttempts,
            CreatedUtc = now,
            Steps = [.. steps.Select(name => new StepRecord { Name = name })],
            RequiredTools = pipeline.RequiredToolsFor(submission),
        };
    }

    private static bool Visible(Job job, string? owner) => owner is null || job.Owner == owner;
}
