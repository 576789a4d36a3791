namespace MediaJobs.Server.DiskSpace;

/// <summary>The file system's own answer (statvfs on Unix).</summary>
internal sealed class DriveFreeSpaceProbe : IFreeSpaceProbe
{
    public long? AvailableBytes(string directory)
    {
        try
        {
            return new DriveInfo(directory).AvailableFreeSpace;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }
}
