namespace MediaJobs.Core.Jobs;

/// <summary>A named group of jobs submitted together.</summary>
public sealed record Batch(string Id, string Name, string? Owner, DateTimeOffset CreatedUtc);
