namespace MediaJobs.Server.Api.Contracts;

public sealed record SubmitBatchResponse(string BatchId, IReadOnlyList<string> JobIds);
