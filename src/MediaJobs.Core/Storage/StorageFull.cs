namespace MediaJobs.Core.Storage;

/// <summary>Recognises a full disk, whether a store said so or a file write failed with ENOSPC.</summary>
public static class StorageFull
{
    // errno ENOSPC (Linux, macOS) and EDQUOT (quota), as .NET reports them in IOException.HResult on Unix;
    // ERROR_HANDLE_DISK_FULL and ERROR_DISK_FULL as HRESULTs on Windows.
    private static readonly int[] FullCodes =
        OperatingSystem.IsWindows() ? [unchecked((int)0x80070027), unchecked((int)0x80070070)]
        : OperatingSystem.IsMacOS() ? [28, 69]
        : [28, 122];

    public const string ErrorCode = "DiskFull";

    /// <summary>True when <paramref name="exception"/> or one of its inner exceptions says the disk is full.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StorageFullException || (e is IOException && FullCodes.Contains(e.HResult)))
            {
                return true;
            }
            if (e is AggregateException aggregate && aggregate.InnerExceptions.Any(Is))
            {
                return true;
            }
        }
        return false;
    }
}
