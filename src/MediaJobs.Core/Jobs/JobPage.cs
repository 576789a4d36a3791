namespace MediaJobs.Core.Jobs;

public sealed record JobPage(IReadOnlyList<Job> Items, int Total);
