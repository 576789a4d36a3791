namespace MediaJobs.Server.Api.Contracts;

/// <summary>Seed 000's 202 answer to a submit; <c>stage</c> is the stage the job's pipeline declares for its first step (see <see cref="JobStages"/>).</summary>
internal sealed record SubmitJobResponse(string JobId, string CorrelationId, string Status, string? Stage);
