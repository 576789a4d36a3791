namespace MediaJobs.Core.Jobs;

public static class JobIds
{
    /// <summary>A UUIDv7 string: unique and sortable by creation time.</summary>
    public static string New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow()).ToString();

    /// <summary>True when the text has the shape of an id we issue (guards lookups and paths).</summary>
    public static bool IsWellFormed(string? id) => Guid.TryParse(id, out _) && id!.Length == 36;
}
