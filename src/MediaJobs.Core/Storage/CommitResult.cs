namespace MediaJobs.Core.Storage;

/// <summary>Outcome of a snapshot commit. <see cref="Conflict"/>: someone else changed the job first.</summary>
public sealed record CommitResult(bool Committed, IReadOnlyList<long> EventIds)
{
    public bool Conflict => !Committed;
    public static CommitResult Lost { get; } = new(false, []);
}
