namespace MediaJobs.Core.Storage;

public sealed record ClaimRequest(
    string WorkerId,
    string Type,
    int MaxCount,
    DateTimeOffset Now,
    DateTimeOffset LeaseUntil)
{
    /// <summary>The tools the claiming node has: jobs whose <c>RequiredTools</c> are not all here are left. Null: any job.</summary>
    public IReadOnlyCollection<string>? Tools { get; init; }
}
