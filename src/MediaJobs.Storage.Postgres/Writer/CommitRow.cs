using MediaJobs.Core.Jobs;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>
/// The snapshot one commit writes, captured (and its JSON serialized) on the caller's thread, so the writer only
/// copies references into the column arrays of <see cref="CommitGroup"/>.
/// </summary>
internal sealed record CommitRow(
    string Id, string Preset, string Status, int Priority, string? BatchId, string? Owner, string CorrelationId, int Attempt,
    int MaxAttempts, DateTimeOffset CreatedUtc, DateTimeOffset? StartedUtc, DateTimeOffset? EndedUtc, DateTimeOffset? RunAfterUtc,
    string? LeaseOwner, DateTimeOffset? LeaseExpiresUtc, double ProgressPct, string? Message, JobJsonColumns Json, string? TraceParent)
{
    public static CommitRow From(Job job) => new(
        job.Id, job.Preset, job.Status.ToString(), job.Priority, job.BatchId, job.Owner, job.CorrelationId, job.Attempt,
        job.MaxAttempts, job.CreatedUtc.ToUniversalTime(), job.StartedUtc?.ToUniversalTime(), job.EndedUtc?.ToUniversalTime(),
        job.RunAfterUtc?.ToUniversalTime(), job.LeaseOwner, job.LeaseExpiresUtc?.ToUniversalTime(), job.ProgressPct, job.Message,
        JobJsonColumns.From(job), job.TraceParent);
}
