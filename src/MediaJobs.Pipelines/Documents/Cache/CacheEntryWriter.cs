using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>Writes a finished, uncached run into the <see cref="DocumentCache"/> when its <c>cache</c> step recorded a key (called by the <c>results</c> step).</summary>
internal static class CacheEntryWriter
{
    private static readonly string[] NotStoredResults =
        [DocumentResults.Cached, DocumentResults.CacheKey, DocumentResults.CachedFromJob, DocumentResults.Assets, DocumentResults.TargetDir];

    public static async Task StoreIfRequestedAsync(DocumentCache cache, StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cache);
        ArgumentNullException.ThrowIfNull(context);
        if (DocumentCache.IsCachedRun(context) || !context.TryGet(DocumentState.CacheKey, out var key))
        {
            return;
        }
        var artifacts = context.Job.Output.Where(a => a.Name != DocumentArtifacts.Results).ToList();
        var results = new System.Text.Json.Nodes.JsonObject();
        foreach (var (name, value) in context.Job.Results.Where(kv => !NotStoredResults.Contains(kv.Key)))
        {
            results[name] = value?.DeepClone();
        }
        var primary = context.Job.Output.FirstOrDefault()?.Name;
        var manifest = new CacheManifest(
            key,
            context.Job.Type,
            context.Job.Id,
            context.Time.GetUtcNow(),
            results,
            [.. artifacts.Select(a => new CachedArtifact(a.Name, a.MediaType, a.Name == primary ? ArtifactUse.PrimaryOutput : ArtifactUse.Output, a.Name))]);
        await cache.StoreAsync(manifest, artifacts.ToDictionary(a => a.Name, context.ResolveArtifactPath, StringComparer.Ordinal), ct);
    }
}
