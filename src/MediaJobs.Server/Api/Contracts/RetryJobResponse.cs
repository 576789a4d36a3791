namespace MediaJobs.Server.Api.Contracts;

/// <summary>A real retry: the same job queued again; <c>attempt</c> is the number the next run will have.</summary>
internal sealed record RetryJobResponse(string JobId, string CurrentStatus, string Message, int Attempt, string CorrelationId);
