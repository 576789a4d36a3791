namespace MediaJobs.Server.Api.Contracts;

internal sealed record ClearJobsResponse(int Removed, IReadOnlyList<string> JobIds);
