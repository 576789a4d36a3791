using System.Collections.Concurrent;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Each key's song folder, as MoneyPrinter's <c>Songs/</c>: <c>POST /api/upload-songs</c> replaces the set (the real
/// backend empties the folder first), and a generate with <c>useMusic</c> lays one of them, picked at random, as the
/// music bed. The set is this process's memory; its files are uploads (the upload sweeper removes those no job
/// named once they are unused for <c>MediaJobs:Uploads:UnusedLifetime</c>). Without a set, the generated CC0 bed is used.
/// </summary>
public sealed class MoneyPrinterSongs
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _byOwner = new(StringComparer.Ordinal);

    public void Replace(string? owner, IReadOnlyList<string> paths) => _byOwner[UploadPaths.OwnerSegment(owner)] = paths;

    /// <summary>One of the key's songs still on disk, at random; null when there is none.</summary>
    public string? Pick(string? owner) =>
        _byOwner.TryGetValue(UploadPaths.OwnerSegment(owner), out var songs) && songs.Where(File.Exists).ToList() is { Count: > 0 } present
            ? present[Random.Shared.Next(present.Count)]
            : null;
}
