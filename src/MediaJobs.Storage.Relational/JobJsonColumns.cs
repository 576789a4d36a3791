using MediaJobs.Core.Jobs;
using MediaJobs.Core.Webhooks;

namespace MediaJobs.Storage.Relational;

/// <summary>
/// The fields of a <see cref="Job"/> that every store keeps as JSON text, encoded and decoded in one place: which
/// field holds which type is decided here, not once per store. <see cref="Webhook"/> is null for a job without one.
/// </summary>
public sealed record JobJsonColumns(
    string Counters, string Input, string Options, string Steps, string Output, string Results, string Warnings, string Errors, string? Webhook)
{
    public static JobJsonColumns From(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return new(
            StoredJobJson.Serialize(job.Counters),
            StoredJobJson.Serialize(job.Input),
            StoredJobJson.Serialize(job.Options),
            StoredJobJson.Serialize(job.Steps),
            StoredJobJson.Serialize(job.Output),
            StoredJobJson.Serialize(job.Results),
            StoredJobJson.Serialize(job.Warnings),
            StoredJobJson.Serialize(job.Errors),
            job.Webhook is null ? null : StoredJobJson.Serialize(job.Webhook));
    }

    /// <summary>Sets the job's JSON-held fields from the stored text; returns the job.</summary>
    public Job ReadInto(Job job)
    {
        ArgumentNullException.ThrowIfNull(job);
        job.Counters = StoredJobJson.Deserialize<Dictionary<string, long>>(Counters);
        job.Input = StoredJobJson.ParseObject(Input);
        job.Options = StoredJobJson.ParseObject(Options);
        job.Steps = StoredJobJson.Deserialize<List<StepRecord>>(Steps);
        job.Output = StoredJobJson.Deserialize<List<JobArtifact>>(Output);
        job.Results = StoredJobJson.ParseObject(Results);
        job.Warnings = StoredJobJson.Deserialize<List<JobError>>(Warnings);
        job.Errors = StoredJobJson.Deserialize<List<JobError>>(Errors);
        job.Webhook = StoredJobJson.DeserializeOrNull<WebhookTarget>(Webhook);
        return job;
    }
}
