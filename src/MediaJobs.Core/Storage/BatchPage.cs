namespace MediaJobs.Core.Storage;

public sealed record BatchPage(IReadOnlyList<BatchSummary> Items, int Total);
