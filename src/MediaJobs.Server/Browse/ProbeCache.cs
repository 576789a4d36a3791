using System.Collections.Concurrent;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Files;
using MediaJobs.Media.Processes;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Server.Browse;

/// <summary>
/// ffprobe results by path, valid while the file keeps its size and modification time (a replaced file is probed
/// again). Unreadable files are remembered as null so a listing does not retry them on every visit. ffprobe reads the
/// file as opened and checked under a media root at that moment (<see cref="MediaRoots.Open"/>), so a link swapped in
/// after the listing was resolved is not followed out of the roots; such a file has no probe.
/// </summary>
public sealed class ProbeCache(FfprobeClient ffprobe, MediaRoots roots)
{
    private const int MaxEntries = 50_000;
    private readonly ConcurrentDictionary<string, (long Size, DateTime Modified, MediaProbe? Probe)> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public async Task<MediaProbe?> GetAsync(FileInfo file, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (_entries.TryGetValue(file.FullName, out var hit) && hit.Size == file.Length && hit.Modified == file.LastWriteTimeUtc)
        {
            return hit.Probe;
        }
        MediaProbe? probe;
        try
        {
            using var opened = roots.Open(file.FullName);
            probe = await ffprobe.ProbeAsync(opened.ToolPath, ct);
        }
        catch (Exception ex) when (ex is PathOutsideRootsException or IOException)
        {
            return null; // outside the roots (or gone) now: nothing to show, nothing to remember
        }
        catch (ToolExecutionException)
        {
            probe = null;
        }
        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }
        _entries[file.FullName] = (file.Length, file.LastWriteTimeUtc, probe);
        return probe;
    }

    /// <summary>Forgets everything (Shrinkray's <c>POST /api/cache/clear</c>).</summary>
    public void Clear() => _entries.Clear();

    /// <summary>Forgets the entries under <paramref name="directory"/> (Shrinkray's reconcile).</summary>
    public int Forget(string directory)
    {
        var prefix = directory.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        var removed = 0;
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)))
        {
            removed += _entries.TryRemove(key, out _) ? 1 : 0;
        }
        return removed;
    }
}
