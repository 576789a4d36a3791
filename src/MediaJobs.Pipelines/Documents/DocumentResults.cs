namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Names of the document job types' result fields: MediaJobs's own, documented in docs/api.md (seed 003's words, so
/// the Secretary surface shows most of them as they are; it maps the rest itself).
/// </summary>
public static class DocumentResults
{
    public const string StructuredData = "structured_data";
    public const string Template = "template";
    public const string Text = "text";
    public const string Assets = "assets";
    public const string TargetDir = "target_dir";
    public const string Cached = "cached";
    public const string CacheKey = "cache_key";
    public const string CachedFromJob = "cached_from_job";
    public const string Session = "session";
    public const string Slides = "slides";
    public const string Media = "media";
}
