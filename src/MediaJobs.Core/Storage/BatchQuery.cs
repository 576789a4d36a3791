namespace MediaJobs.Core.Storage;

/// <summary>A page of batches, newest first; only batches that still hold at least one job.</summary>
public sealed record BatchQuery
{
    /// <summary>When set, only this owner's batches.</summary>
    public string? Owner { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 50;
}
