using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Events;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Api.Contracts;

namespace MediaJobs.Server.Api;

/// <summary>Core model → API shapes. Artifact paths become absolute (under the data directory).</summary>
internal static class ApiMapper
{
    /// <param name="pipelines">For <c>stage</c> in the words the job's pipeline declares.</param>
    public static JobResponse ToResponse(this Job job, DataLayout layout, PipelineRegistry pipelines)
    {
        var output = job.Output.Select(a => a.ToResponse(layout)).ToList();
        var primary = output.FirstOrDefault();
        return new JobResponse
        {
            JobId = job.Id,
            Status = job.Status.ToString(),
            CreatedUtc = job.CreatedUtc,
            StartedUtc = job.StartedUtc,
            EndedUtc = job.EndedUtc,
            CorrelationId = job.CorrelationId,
            Steps = [.. job.Steps.Select(s => new StepResponse(s.Name, s.Status.ToString(), s.ProgressPct, s.DurationMs, s.Errors, s.StartedAt, s.CompletedAt, s.Node))],
            Output = primary is null ? null : new OutputResponse(
                primary.MediaType.StartsWith("video/", StringComparison.Ordinal) ? primary.Path : null,
                primary.Path,
                primary.SizeBytes,
                primary.MediaType,
                output),
            Warnings = job.Warnings,
            Errors = job.Errors,
            Type = job.Type,
            Preset = job.Preset,
            ProgressPct = job.ProgressPct,
            Message = job.Message,
            BatchId = job.BatchId,
            Priority = job.Priority,
            Attempt = job.Attempt,
            MaxAttempts = job.MaxAttempts,
            CancelRequested = job.CancelRequested,
            Inputs = job.Input,
            Options = job.Options,
            Results = job.Results,
            Artifacts = [.. job.Steps.SelectMany(s => s.Artifacts).Select(a => a.ToResponse(layout))],
            Owner = job.Owner,
            Webhook = job.Webhook is { } w ? new WebhookTargetResponse(w.Url, w.ClientJobId, !string.IsNullOrEmpty(w.Token)) : null,
            Stage = JobStages.Of(job, pipelines),
            Percent = (int)Math.Round(job.ProgressPct, MidpointRounding.AwayFromZero),
            State = StateWord(job.Status),
        };
    }

    /// <summary>A status in the words of Aura's job model (see <see cref="JobResponse.State"/>).</summary>
    public static string StateWord(JobStatus status) => status switch
    {
        JobStatus.Succeeded => "Done",
        JobStatus.Cancelled => "Canceled",
        _ => status.ToString(),
    };

    public static ArtifactResponse ToResponse(this JobArtifact artifact, DataLayout layout) =>
        new(artifact.Name, layout.Resolve(artifact.Path), artifact.SizeBytes, artifact.MediaType, artifact.Step);

    public static EventResponse ToResponse(this JobEvent e) =>
        new(e.Id, e.JobId, e.Type, e.Level.ToString(), e.Message, e.Payload, e.TimestampUtc);

    /// <param name="pipelines">Whose declared counters the stats show, zero until something counted.</param>
    public static StatsResponse ToResponse(this JobStats stats, PipelineRegistry pipelines) => new(
        stats.Count(JobStatus.Queued),
        stats.Count(JobStatus.Running),
        stats.Count(JobStatus.Succeeded),
        stats.Count(JobStatus.Failed),
        stats.Count(JobStatus.Cancelled),
        stats.Count(JobStatus.Skipped),
        stats.Total,
        pipelines.All.SelectMany(p => p.Counters).DistinctBy(c => c.Key)
            .ToDictionary(c => c.Key, c => stats.Counter(c.Name).ToResponse(), StringComparer.Ordinal));

    public static CounterTotalsResponse ToResponse(this CounterTotals totals) => new(totals.Session, totals.Lifetime);

    /// <summary>
    /// The SSE <c>data:</c> of an event: seed 000's payload, plus <c>jobId</c> on the global stream and the fields Aura's
    /// client reads (<see cref="Sse.SseEventShapes"/>).
    /// </summary>
    public static JsonObject SsePayload(this JobEvent e, bool withJobId) => Sse.SseEventShapes.ForStream(e, withJobId);
}
