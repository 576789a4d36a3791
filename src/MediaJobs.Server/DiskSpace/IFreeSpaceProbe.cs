namespace MediaJobs.Server.DiskSpace;

/// <summary>How much room is left for a directory (replaceable, so a full disk can be simulated).</summary>
public interface IFreeSpaceProbe
{
    /// <summary>Free bytes available to this process on the file system holding <paramref name="directory"/>; null when unknown.</summary>
    long? AvailableBytes(string directory);
}
