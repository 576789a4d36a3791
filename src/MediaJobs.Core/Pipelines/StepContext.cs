using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Pipelines;

/// <summary>What a running step sees of its job, and how it reports back.</summary>
public abstract class StepContext
{
    /// <summary>The job being run. Read it; change it only through this context.</summary>
    public abstract Job Job { get; }

    public abstract StepRecord Step { get; }

    /// <summary>Scratch space for this job, created when first asked for and removed when the job ends.</summary>
    public abstract string WorkDirectory { get; }

    /// <summary>Where published artifacts live; kept after the job ends.</summary>
    public abstract string OutputDirectory { get; }

    /// <summary>Per-tool-call logs (command line first, then stderr).</summary>
    public abstract string LogDirectory { get; }

    public abstract TimeProvider Time { get; }

    /// <summary>Step progress 0–100. Coalesced: at most a few events per second reach the store.</summary>
    public abstract void ReportProgress(double percent);

    public abstract Task LogAsync(EventLevel level, string message, CancellationToken ct);

    /// <summary>Adds a warning to the job and emits a <c>warning</c> event.</summary>
    public abstract Task WarnAsync(JobError warning, CancellationToken ct);

    /// <summary>
    /// Moves a finished file from the work directory into the output directory atomically and
    /// records it on the step (and in the job's output, per <paramref name="use"/>).
    /// Publishing the same name again replaces it.
    /// </summary>
    public abstract Task<JobArtifact> PublishArtifactAsync(string finishedFile, string name, string mediaType, ArtifactUse use, CancellationToken ct);

    /// <summary>
    /// Confirms this worker still owns the job and keeps it owned for a lease: call it right before a step does
    /// something that cannot be undone (e.g. replacing an original file). Throws when another node took the job
    /// over, so a node that lost its lease never writes over the new owner's work.
    /// </summary>
    public virtual Task ConfirmOwnershipAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>An artifact published by any step of this job, including earlier attempts.</summary>
    public JobArtifact? FindArtifact(string name) =>
        Job.Steps.SelectMany(s => s.Artifacts).LastOrDefault(a => a.Name == name);

    /// <summary>Absolute path of an artifact on disk.</summary>
    public abstract string ResolveArtifactPath(JobArtifact artifact);

    /// <summary>Structured results of the job (e.g. extracted text), persisted with the next commit.</summary>
    public abstract void SetResult(string key, JsonNode? value);

    /// <summary>
    /// The job's input as its pipeline's typed request (<see cref="IJobPipeline{TRequest}.ReadRequest"/>): read once
    /// per run, on first use, and the same object for every step of the run.
    /// </summary>
    public TRequest Request<TRequest>()
        where TRequest : class =>
        RunRequest() as TRequest
        ?? throw new InvalidOperationException($"The pipeline of job type '{Job.Type}' reads no {typeof(TRequest).Name}: it must implement IJobPipeline<{typeof(TRequest).Name}>.");

    /// <summary>The run's request, read on first call (null when the pipeline declares none).</summary>
    protected abstract object? RunRequest();

    /// <summary>Sets a typed result (persisted with the next commit, so a later step sees it after a resume elsewhere).</summary>
    public void Set<T>(ResultKey<T> key, T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        SetResult(key.Name, key.ToJson(value));
    }

    /// <summary>A typed result an earlier step set, in this run or an earlier one; false when it was never set.</summary>
    public bool TryGet<T>(ResultKey<T> key, out T value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.TryRead(Job.Results, out value);
    }

    /// <summary>A typed result an earlier step must have set; throws when it did not (a pipeline defect, not bad input).</summary>
    public T Get<T>(ResultKey<T> key) =>
        TryGet(key, out var value)
            ? value
            : throw new InvalidOperationException($"The result '{key.Name}' is not set: the step that sets it has not run for job {Job.Id}.");

    /// <summary>
    /// Step progress with details (e.g. speed and ETA of an encode). The details are copied into the job's
    /// results under <c>progress</c> (<see cref="JobResultNames.Progress"/>) when the coalesced progress is written, so they never race a commit.
    /// </summary>
    public abstract void ReportProgress(double percent, JsonObject details);

    /// <summary>Writes the last reported progress now, so it is ordered before what the step does next (e.g. submitting jobs).</summary>
    public virtual Task FlushProgressAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// This job's amount for a named counter (e.g. the bytes a transcode saved), persisted with the next commit.
    /// Setting it again replaces the amount, so a re-run step never counts twice. When the job succeeds the
    /// engine adds each positive amount to the counter's lifetime and session totals of the job's owner.
    /// </summary>
    public abstract void SetCounter(string name, long amount);

    /// <summary>A fresh log file path for one tool call of this step.</summary>
    public abstract string NewToolLogPath(string tool);
}
