namespace MediaJobs.Core.Pipelines;

/// <summary>
/// A named counter a job type adds to (<see cref="Jobs.JobStats.Counters"/>): <paramref name="Name"/> as stored,
/// <paramref name="Key"/> as generic views show it (e.g. <c>bytes_saved</c> shown as <c>bytesSaved</c>).
/// </summary>
public sealed record JobCounter(string Name, string Key);
