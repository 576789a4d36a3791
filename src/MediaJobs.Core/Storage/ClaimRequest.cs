namespace MediaJobs.Core.Storage;

public sealed record ClaimRequest(
    string WorkerId,
    string Type,
    int MaxCount,
    DateTimeOffset Now,
    DateTimeOffset LeaseUntil);
