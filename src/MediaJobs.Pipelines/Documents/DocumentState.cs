using MediaJobs.Core.Pipelines;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// What document steps hand to later ones, as typed results (stored with the job, so a step resumed in another run or
/// on another node sees them).
/// </summary>
internal static class DocumentState
{
    /// <summary>True when the <c>cache</c> step answered this job from the cache: later steps then have nothing to do.</summary>
    public static readonly ResultKey<bool> Cached = new(DocumentResults.Cached);

    /// <summary>The key a cache miss recorded: the <c>results</c> step stores the entry under it.</summary>
    public static readonly ResultKey<string> CacheKey = new(DocumentResults.CacheKey);

    public static readonly ResultKey<string> CachedFromJob = new(DocumentResults.CachedFromJob);

    /// <summary>The filled template: the <c>results</c> step of a transformer or session answers its Markdown as <c>text</c>.</summary>
    public static readonly ResultKey<TemplateResult> Template = new(DocumentResults.Template);
}
