namespace MediaJobs.Core.Storage;

public sealed record ClaimRequest(
    string WorkerId,
    string Type,
    int MaxCount,
    DateTimeOffset Now,
    DateTimeOffset LeaseUntil)
{
    /// <summary>
    /// Tools the claiming node lacks while another live node has them: jobs whose <c>RequiredTools</c> include
    /// one are left to that node. Null or empty: any job.
    /// </summary>
    public IReadOnlyCollection<string>? ExcludedTools { get; init; }
}
