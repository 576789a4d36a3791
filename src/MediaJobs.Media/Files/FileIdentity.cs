namespace MediaJobs.Media.Files;

/// <summary>
/// Which file this is and how it looked: device and inode name the file itself (whatever path leads to it), size and
/// modification time (nanoseconds since the epoch) tell whether it was written since. Stored with a job, so a later
/// step, run or node can tell whether the file at a path is still the one an earlier step looked at.
/// </summary>
public sealed record FileIdentity(ulong Device, ulong Inode, long Size, long ModifiedNs)
{
    /// <summary>The same file on disk (device and inode), whether or not it changed since.</summary>
    public bool IsSameFileAs(FileIdentity other) => other is not null && Device == other.Device && Inode == other.Inode;
}
