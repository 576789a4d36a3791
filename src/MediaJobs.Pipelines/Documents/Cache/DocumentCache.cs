using System.Text.Json;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>
/// <c>use_cache</c>: finished results stored under <c>&lt;data&gt;/cache/documents/&lt;key&gt;/</c> (a <c>manifest.json</c>
/// and the artifact files). An entry is written in a temp folder and renamed into place, so a reader sees a whole
/// entry or none. The key is <see cref="CacheKey"/>: the SHA-256 of the input's content and the parameters.
/// </summary>
internal sealed class DocumentCache(string directory)
{
    public const string ManifestName = "manifest.json";

    public string Directory { get; } = directory;

    /// <summary>True when this run was answered from the cache (set by the <c>cache</c> step).</summary>
    public static bool IsCachedRun(StepContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TryGet(DocumentState.Cached, out var cached) && cached;
    }

    public async Task<CacheManifest?> TryReadAsync(string key, CancellationToken ct)
    {
        var manifest = Path.Combine(EntryDirectory(key), ManifestName);
        if (!File.Exists(manifest))
        {
            return null;
        }
        try
        {
            await using var stream = File.OpenRead(manifest);
            var entry = await JsonSerializer.DeserializeAsync<CacheManifest>(stream, DocumentArtifacts.Json, ct);
            return entry is not null && entry.Artifacts.All(a => File.Exists(FilePath(key, a.File))) ? entry : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string FilePath(string key, string file) => Path.Combine(EntryDirectory(key), Path.GetFileName(file));

    /// <summary>Stores an entry atomically: files copied into a temp folder, the manifest written last, then one rename.</summary>
    public async Task StoreAsync(CacheManifest manifest, IReadOnlyDictionary<string, string> sourceFiles, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(sourceFiles);
        var final = EntryDirectory(manifest.Key);
        if (System.IO.Directory.Exists(final))
        {
            return;
        }
        var temp = Path.Combine(Directory, ".tmp-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(temp);
        try
        {
            foreach (var artifact in manifest.Artifacts)
            {
                File.Copy(sourceFiles[artifact.Name], Path.Combine(temp, artifact.File));
            }
            await File.WriteAllTextAsync(Path.Combine(temp, ManifestName), JsonSerializer.Serialize(manifest, DocumentArtifacts.Json), ct);
            System.IO.Directory.Move(temp, final);
        }
        catch (IOException) when (System.IO.Directory.Exists(final))
        {
            // Another job stored the same entry first; theirs is as good as ours.
        }
        finally
        {
            if (System.IO.Directory.Exists(temp))
            {
                System.IO.Directory.Delete(temp, recursive: true);
            }
        }
    }

    private string EntryDirectory(string key) =>
        key.Length == 64 && key.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Directory, key)
            : throw new ArgumentException($"'{key}' is not a cache key.", nameof(key));
}
