namespace MediaJobs.Server.Api.Contracts;

internal sealed record SubmitBatchResponse(string BatchId, IReadOnlyList<string> JobIds);
