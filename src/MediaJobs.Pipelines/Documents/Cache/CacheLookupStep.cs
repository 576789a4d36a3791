using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>
/// Step <c>cache</c>: with <c>use_cache</c>, looks the job up by its <see cref="CacheKey"/>. A hit republishes the cached
/// artifacts, restores the results with <c>cached: true</c> and logs it; every later step but <c>results</c> then returns
/// at once. A miss records the key so the <c>results</c> step stores the entry. The key is the owner's
/// (<see cref="CacheKey.ForOwner"/>): one API key is never served, nor told about, another key's jobs.
/// </summary>
internal sealed class CacheLookupStep(DocumentCache cache, Func<StepContext, CancellationToken, Task<string?>> keyOf) : IJobStep
{
    public const string StepName = "cache";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = await keyOf(context, ct) is { } shared ? CacheKey.ForOwner(shared, context.Job.Owner) : null;
        if (key is null)
        {
            context.Set(DocumentState.Cached, false);
            context.ReportProgress(100);
            return;
        }
        var entry = await cache.TryReadAsync(key, ct);
        if (entry is null)
        {
            context.Set(DocumentState.Cached, false);
            context.Set(DocumentState.CacheKey, key);
            await context.LogAsync(EventLevel.Info, $"Cache miss (key {key[..12]}…); the results will be cached", ct);
            context.ReportProgress(100);
            return;
        }
        foreach (var artifact in entry.Artifacts)
        {
            var copy = Path.Combine(context.WorkDirectory, artifact.File + ".cached");
            File.Copy(cache.FilePath(key, artifact.File), copy, overwrite: true);
            await context.PublishArtifactAsync(copy, artifact.Name, artifact.MediaType, artifact.Use, ct);
        }
        foreach (var (name, value) in entry.Results)
        {
            context.SetResult(name, value?.DeepClone());
        }
        context.Set(DocumentState.Cached, true);
        context.Set(DocumentState.CacheKey, key);
        context.Set(DocumentState.CachedFromJob, entry.SourceJobId);
        await context.LogAsync(EventLevel.Success, $"Cache hit: results of job {entry.SourceJobId} reused (key {key[..12]}…)", ct);
        context.ReportProgress(100);
    }
}
