namespace MediaJobs.Server.Api.Contracts;

/// <summary>Seed 000's 202 answer to a cancel.</summary>
internal sealed record CancelJobResponse(string JobId, string Message, string CurrentStatus, string CorrelationId);
