namespace MediaJobs.Core.Jobs;

/// <summary>Jobs that finished (succeeded or failed) within one UTC minute, starting at <paramref name="Minute"/>.</summary>
public sealed record FinishedMinute(DateTimeOffset Minute, int Succeeded, int Failed);
