namespace MediaJobs.Server.DiskSpace;

/// <summary>
/// The start could not write for want of disk space: one line that names the data folder and what is free there
/// (or, when the folder has room, says it is the store's own disk that is full).
/// </summary>
public sealed class DataFolderFullException(string dataDirectory, long? freeBytes, long floorBytes, Exception inner)
    : IOException(Describe(dataDirectory, freeBytes, floorBytes, inner), inner)
{
    public string DataDirectory { get; } = dataDirectory;

    public long? FreeBytes { get; } = freeBytes;

    private static string Describe(string folder, long? free, long floor, Exception inner)
    {
        var cause = inner.Message.ReplaceLineEndings(" ").TrimEnd('.', ' ');
        var room = free is { } bytes ? $"{bytes / (1024 * 1024)} MiB ({bytes} bytes) free" : "free space unknown";
        return free is { } known && known >= Math.Max(floor, 1)
            ? $"the store could not be written, its disk is full ({cause}); the data folder {folder} has {room}. Free space on the database's disk and start again."
            : $"the disk holding the data folder {folder} is full: {room}, MediaJobs:DiskSpace:MinFreeBytes is {floor / (1024 * 1024)} MiB ({cause}). Free space there and start again.";
    }
}
