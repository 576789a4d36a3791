using MediaJobs.Core.Engine;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.DiskSpace;

/// <summary>
/// Holds jobs back while the data directory, or a folder the job type writes into outside it (a transcode's media
/// root), has less free space than <see cref="DiskSpaceOptions.MinFreeBytes"/>: queued jobs wait (<c>waiting: disk</c>)
/// and running ones fail with <c>DiskFull</c>, their temp files removed, before a tool fills the disk and fails obscurely.
/// </summary>
public sealed class DiskGuard(IFreeSpaceProbe probe, DataLayout layout, PipelineRegistry pipelines, IOptions<DiskSpaceOptions> options) : IRunGuard
{
    public RunHold? Check(string type)
    {
        var floor = options.Value.MinFreeBytes;
        if (floor <= 0)
        {
            return null;
        }
        IEnumerable<string> folders = [layout.DataDirectory, .. pipelines.Find(type)?.WritesOutsideDataDirectory ?? []];
        foreach (var folder in folders)
        {
            if (probe.AvailableBytes(folder) is { } free && free < floor)
            {
                var detail = $"{Mib(free)} MiB free under {folder}, below MediaJobs:DiskSpace:MinFreeBytes ({Mib(floor)} MiB)";
                return new RunHold("disk", detail, new JobError(StorageFull.ErrorCode,
                    $"Stopped before the disk filled up: {detail}.",
                    $"Free disk space under {folder} (or lower MediaJobs:DiskSpace:MinFreeBytes), then retry the job."));
            }
        }
        return null;
    }

    /// <summary>
    /// Why writing <paramref name="bytes"/> more under the data directory would leave less free space than the floor
    /// (an upload about to arrive); null when it fits, the free space is unknown or the guard is off.
    /// </summary>
    public string? RoomFor(long bytes)
    {
        var floor = options.Value.MinFreeBytes;
        if (floor <= 0 || probe.AvailableBytes(layout.DataDirectory) is not { } free || free - bytes >= floor)
        {
            return null;
        }
        return $"{Mib(free)} MiB free under the data directory; {bytes} bytes more would leave less than MediaJobs:DiskSpace:MinFreeBytes ({Mib(floor)} MiB)";
    }

    private static long Mib(long bytes) => bytes / (1024 * 1024);
}
