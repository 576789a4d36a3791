namespace MediaJobs.Server.Api.Contracts;

/// <summary>A page of the caller's batches, newest first; a batch whose jobs were all deleted is not listed.</summary>
internal sealed record BatchListResponse(IReadOnlyList<BatchSummaryResponse> Items, int Total, int Offset, int Limit);
