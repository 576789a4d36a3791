namespace MediaJobs.Server.Api.Contracts;

/// <summary>Body of <c>POST /api/jobs/batch</c>.</summary>
public sealed record SubmitBatchRequest(string? Name, IReadOnlyList<SubmitJobRequest> Jobs);
