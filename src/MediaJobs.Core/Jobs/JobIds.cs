namespace MediaJobs.Core.Jobs;

public static class JobIds
{
    /// <summary>A UUIDv7 string: unique and sortable by creation time.</summary>
    public static string New(TimeProvider time) => Guid.CreateVersion7(time.GetUtcNow()).ToString();

    /// <summary>
    /// The same id every time for one <paramref name="name"/> under <paramref name="parentId"/> (a UUIDv8 from a SHA-256
    /// of both), so a step that submits its children again after a crash finds the ones it already submitted.
    /// </summary>
    public static string Derived(string parentId, string name)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(parentId + "/" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString();
    }

    /// <summary>True for an id made by <see cref="Derived"/> (a UUIDv8): a child's, never a submitted job's or a batch's (UUIDv7).</summary>
    public static bool IsDerived(string? id) => Guid.TryParse(id, out var guid) && guid.Version == 8;

    /// <summary>True when the text has the shape of an id we issue (guards lookups and paths).</summary>
    public static bool IsWellFormed(string? id) => Guid.TryParse(id, out _) && id!.Length == 36;
}
