using System.Security.Cryptography;
using System.Text;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Common;

/// <summary>
/// Where uploaded files live: <c>&lt;data&gt;/uploads/&lt;owner folder&gt;/&lt;upload id&gt;/&lt;file name&gt;</c>. The owner
/// folder is derived from the API key id, so a job can only name uploads of the key that submits it.
/// </summary>
public static class UploadPaths
{
    public const string Folder = "uploads";
    public const string AnonymousOwner = "anonymous";

    public static string Root(DataLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return Path.Combine(layout.DataDirectory, Folder);
    }

    /// <summary>A folder name for an owner that reveals nothing of the key id and cannot collide with another's.</summary>
    public static string OwnerSegment(string? owner) => owner is null
        ? AnonymousOwner
        : "k" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(owner)))[..24];

    public static string OwnerFolder(DataLayout layout, string? owner) => Path.Combine(Root(layout), OwnerSegment(owner));

    /// <summary>True when the full path lies inside the uploads folder.</summary>
    public static bool IsUpload(DataLayout layout, string fullPath) =>
        fullPath.StartsWith(Root(layout) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>True when the full path lies inside this owner's uploads.</summary>
    public static bool IsOwnedBy(DataLayout layout, string fullPath, string? owner) =>
        fullPath.StartsWith(OwnerFolder(layout, owner) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
