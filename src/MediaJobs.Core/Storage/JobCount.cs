using MediaJobs.Core.Jobs;

namespace MediaJobs.Core.Storage;

/// <summary>How many jobs of one type are in one status (the queue depth gauge).</summary>
public sealed record JobCount(string Type, JobStatus Status, long Count);
