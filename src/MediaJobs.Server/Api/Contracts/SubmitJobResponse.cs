namespace MediaJobs.Server.Api.Contracts;

/// <summary>Seed 000's 202 answer to a submit; <c>stage</c> is the first step's name.</summary>
public sealed record SubmitJobResponse(string JobId, string CorrelationId, string Status, string? Stage);
