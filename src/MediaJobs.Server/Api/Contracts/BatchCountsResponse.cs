namespace MediaJobs.Server.Api.Contracts;

/// <summary>How many jobs of a batch are in each status.</summary>
internal sealed record BatchCountsResponse(int Queued, int Running, int Succeeded, int Failed, int Cancelled, int Skipped);
