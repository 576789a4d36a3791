using MediaJobs.Core.Storage;

namespace MediaJobs.Server.DiskSpace;

/// <summary>
/// Remembers that a write found the disk full (the exception handler reports it) until a write succeeds again;
/// <see cref="DiskSpaceHealthCheck"/> reads it. While flagged, a check tries one small write to learn whether space is back.
/// </summary>
public sealed class DiskFullMonitor(IJobStore store, TimeProvider time)
{
    private const string ProbeSetting = "storage_probe";
    private FullReport? _full;

    /// <summary>The last full-disk error that no successful write has cleared yet; null when writes work.</summary>
    public FullReport? Full => Volatile.Read(ref _full);

    public void ReportFull(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        Volatile.Write(ref _full, new FullReport(time.GetUtcNow(), exception.Message));
    }

    /// <summary>One tiny write to the store (at start, to learn before anything else runs whether the store can be written).</summary>
    public Task WriteProbeAsync(CancellationToken ct) =>
        store.SetSettingAsync(ProbeSetting, time.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture), ct);

    /// <summary>After a full-disk error: one tiny write; when it succeeds the flag is cleared.</summary>
    public async Task<FullReport?> RecheckAsync(CancellationToken ct)
    {
        if (Full is null)
        {
            return null;
        }
        try
        {
            await WriteProbeAsync(ct);
            Volatile.Write(ref _full, null);
        }
        catch (Exception ex) when (StorageFull.Is(ex))
        {
            ReportFull(ex);
        }
        return Full;
    }
}

/// <summary>When a write last found the disk full, and what it said.</summary>
public sealed record FullReport(DateTimeOffset AtUtc, string Reason);
