namespace MediaJobs.Server.Api.Contracts;

/// <summary>What one retention pass deleted: the total and the count per final status.</summary>
internal sealed record PruneJobsResponse(int Deleted, IReadOnlyDictionary<string, int> ByStatus);
