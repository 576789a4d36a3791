using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Pipelines;

/// <summary>
/// One job type (video, transcode, document, ...): validates submissions and supplies the
/// ordered steps. Steps are idempotent so a resumed or retried job re-runs only what did not succeed.
/// The type also declares its own defaults, so the engine never needs to know what a type means:
/// how many of its jobs run at once (<see cref="DefaultConcurrency"/>), the fields it adds to a completed
/// job's output summary (<see cref="ShapeOutputSummary"/>), and, for a pipeline whose jobs write outside
/// their work folder, their clean-up (<see cref="IJobCleanup"/>).
/// </summary>
public interface IJobPipeline
{
    string Type { get; }

    /// <summary>Presets this type accepts; the first is the default.</summary>
    IReadOnlyList<string> Presets { get; }

    /// <summary>
    /// Jobs of this type that run at once on one node unless <c>MediaJobs:Engine:Concurrency:&lt;type&gt;</c>
    /// says otherwise; null leaves it to <see cref="Engine.EngineOptions.DefaultConcurrency"/>.
    /// </summary>
    int? DefaultConcurrency => null;

    /// <summary>
    /// External tools every job of this type runs (lower-case names, as <see cref="Nodes.INodeTools"/> reports them).
    /// A node missing one leaves this type's jobs to the live nodes that have it (and runs them itself, to fail
    /// with the tool's remediation, when no live node has it). Empty by default.
    /// </summary>
    IReadOnlyCollection<string> RequiredTools => [];

    /// <summary>
    /// Tools one prepared submission needs beyond <see cref="RequiredTools"/> (e.g. OCR), with the same rule.
    /// Called after <see cref="Prepare"/>. None by default.
    /// </summary>
    IReadOnlyList<string> RequiredToolsFor(JobSubmission submission) => [];

    /// <summary>
    /// Folders outside the data directory that this type's jobs write into (a transcode writes beside its original),
    /// so a free-space guard watches them too. None by default.
    /// </summary>
    IReadOnlyList<string> WritesOutsideDataDirectory => [];

    /// <summary>
    /// Checks and normalises a submission. Throws <see cref="Errors.JobValidationException"/>
    /// naming the field for anything it cannot honour. Returns the step names the job will run.
    /// </summary>
    IReadOnlyList<string> Prepare(JobSubmission submission);

    /// <summary>
    /// The stage a step belongs to, in the words a client shows (a job's <c>stage</c>: seed 000 answers a new video job
    /// with <c>Script</c>). A type may group several steps under one stage; the step's own name by default.
    /// </summary>
    string StageOf(string stepName) => stepName;

    /// <summary>
    /// The named counters this type's jobs add to (<see cref="JobStats.Counters"/>), each with the key generic views
    /// (the native stats, the dashboard) show it under. None by default.
    /// </summary>
    IReadOnlyList<JobCounter> Counters => [];

    /// <summary>
    /// Whether a media browser lists this file (and probes it) as a possible input of this type. None by default.
    /// </summary>
    bool IsBrowsableInput(string path) => false;

    /// <summary>
    /// What this node can do for this type beyond its tools (e.g. <c>encoder:libx265</c>), as a node's heartbeat
    /// lists it; probed once per node. None by default.
    /// </summary>
    Task<IReadOnlyList<string>> ProbeNodeCapabilitiesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<string>>([]);

    /// <summary>
    /// The <c>data</c> a client is handed when a job of this type succeeds (a completion webhook's body): a copy of
    /// the job's results by default; a type with one primary structured result may hand that instead.
    /// </summary>
    JsonObject CompletionData(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return (JsonObject)job.Results.DeepClone();
    }

    /// <summary>The step that runs the step named <paramref name="name"/>.</summary>
    IJobStep GetStep(string name);

    /// <summary>
    /// Adds this type's own fields to the output summary of a succeeded job's <c>job-completed</c> event, which
    /// already holds <c>path</c>, <c>sizeBytes</c>, <c>mediaType</c> (of the primary output) and <c>artifacts</c>,
    /// with absolute paths. Adds nothing by default.
    /// </summary>
    void ShapeOutputSummary(Job job, JsonObject summary)
    {
    }
}
