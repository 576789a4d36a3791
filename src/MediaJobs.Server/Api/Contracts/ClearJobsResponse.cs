namespace MediaJobs.Server.Api.Contracts;

public sealed record ClearJobsResponse(int Removed, IReadOnlyList<string> JobIds);
