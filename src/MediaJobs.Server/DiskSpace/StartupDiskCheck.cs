using MediaJobs.Core.Jobs;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.DiskSpace;

/// <summary>
/// The start's own writes (the data folder, the store's schema and identity marker, then one small write as the
/// <see cref="DiskFullMonitor"/> makes) run here, before the host starts its services: on a full disk the start ends
/// with one line naming the data folder and its free space (<see cref="DataFolderFullException"/>) instead of a hosted
/// service's first write failing with a stack trace.
/// </summary>
public static class StartupDiskCheck
{
    public static async Task RunAsync(IServiceProvider services, Func<Task> startWrites, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(startWrites);
        var folder = services.GetRequiredService<DataLayout>().DataDirectory;
        var probe = services.GetRequiredService<IFreeSpaceProbe>();
        var floor = services.GetRequiredService<IOptions<DiskSpaceOptions>>().Value.MinFreeBytes;
        try
        {
            await startWrites();
            await services.GetRequiredService<DiskFullMonitor>().WriteProbeAsync(ct);
        }
        // A store that does not say "full" (SQLite creating its file) still failed for want of room when the
        // folder has less than the guard's floor, or nothing at all, left.
        catch (Exception ex) when (StorageFull.Is(ex) || probe.AvailableBytes(folder) < Math.Max(floor, 1))
        {
            throw new DataFolderFullException(folder, probe.AvailableBytes(folder), floor, ex);
        }
    }
}
