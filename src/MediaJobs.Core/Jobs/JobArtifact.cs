namespace MediaJobs.Core.Jobs;

/// <summary>A file a step produced. <see cref="Path"/> is relative to the data directory.</summary>
public sealed record JobArtifact(string Name, string Path, long SizeBytes, string MediaType, string Step);
