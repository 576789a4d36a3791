namespace MediaJobs.Server.Api.Contracts;

/// <summary>A published file. <c>Path</c> is absolute; download it from <c>/api/jobs/{id}/output?name=</c>.</summary>
internal sealed record ArtifactResponse(string Name, string Path, long SizeBytes, string MediaType, string Step);
