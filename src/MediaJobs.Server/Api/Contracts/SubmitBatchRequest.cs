namespace MediaJobs.Server.Api.Contracts;

/// <summary>Body of <c>POST /api/jobs/batch</c> (documentation; read by hand).</summary>
/// <param name="Jobs">1 to 1000 job submissions, each validated before any is stored.</param>
/// <param name="Name">The batch's name; default "batch".</param>
internal sealed record SubmitBatchRequest(IReadOnlyList<SubmitJobRequest> Jobs, string? Name = null);
