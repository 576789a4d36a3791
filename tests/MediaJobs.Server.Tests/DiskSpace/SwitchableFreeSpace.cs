using MediaJobs.Server.DiskSpace;

namespace MediaJobs.Server.Tests.DiskSpace;

/// <summary>A free-space probe the test sets: plenty, or less than the guard's 100 MiB.</summary>
internal sealed class SwitchableFreeSpace : IFreeSpaceProbe
{
    public const long Plenty = 50L * 1024 * 1024 * 1024;
    public const long Little = 20L * 1024 * 1024;

    public long Free { get; set; } = Plenty;

    public long? AvailableBytes(string directory) => Free;
}
