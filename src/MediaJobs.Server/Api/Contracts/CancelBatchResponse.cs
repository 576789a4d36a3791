namespace MediaJobs.Server.Api.Contracts;

/// <summary>A batch cancel: queued jobs are <c>cancelled</c> at once; running ones have their cancel <c>requested</c>.</summary>
internal sealed record CancelBatchResponse(string BatchId, int Cancelled, int Requested, string CorrelationId);
