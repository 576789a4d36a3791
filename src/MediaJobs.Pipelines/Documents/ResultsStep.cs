using System.Text.Json.Nodes;
using MediaJobs.Core.Events;
using MediaJobs.Core.Pipelines;
using MediaJobs.Pipelines.Documents.Cache;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Step <c>results</c>: the job type's results (seed 003's shape) are set, <c>assets</c> and <c>target_dir</c> point at
/// this job's output folder, everything is published as <c>results.json</c>, and an uncached run with a cache key is
/// stored in the cache. On a cached run only <c>assets</c>, <c>target_dir</c> and <c>results.json</c> are refreshed.
/// </summary>
internal sealed class ResultsStep(DocumentCache cache, Func<StepContext, CancellationToken, Task> build) : IJobStep
{
    public const string StepName = "results";

    public string Name => StepName;

    public async Task ExecuteAsync(StepContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cached = DocumentCache.IsCachedRun(context);
        if (!cached)
        {
            await build(context, ct);
        }
        context.SetResult(DocumentResults.Assets, DocumentArtifacts.AssetPaths(context));
        context.SetResult(DocumentResults.TargetDir, context.OutputDirectory);
        await DocumentArtifacts.PublishTextAsync(context, DocumentArtifacts.Results, context.Job.Results.ToJsonString(DocumentArtifacts.Json), "application/json", ArtifactUse.Output, ct);
        if (!cached)
        {
            await CacheEntryWriter.StoreIfRequestedAsync(cache, context, ct);
        }
        await context.LogAsync(EventLevel.Success, cached ? "Processing completed (from cache)" : "Processing completed", ct);
        context.ReportProgress(100);
    }

    /// <summary>seed 003's <c>structured_data</c> for an extraction.</summary>
    public static JsonObject StructuredData(Extraction.DocumentExtraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var m = extraction.Metadata;
        var data = new JsonObject
        {
            ["extracted_text"] = extraction.Text,
            ["metadata"] = new JsonObject
            {
                ["title"] = m.Title,
                ["author"] = m.Author,
                ["subject"] = m.Subject,
                ["creator"] = m.Creator,
                ["producer"] = m.Producer,
                ["creation_date"] = m.CreationDate,
                ["pages"] = m.Pages,
                ["extraction_method"] = extraction.Method,
                ["text_contents"] = new JsonArray([.. extraction.Pages.Select(p => (JsonNode)PageJson(p))]),
            },
        };
        if (extraction.Provider is { } provider)
        {
            data["mistral_ocr_raw_metadata"] = provider.DeepClone();
        }
        return data;
    }

    private static JsonObject PageJson(Extraction.PageText page)
    {
        var json = new JsonObject { ["page"] = page.Page, ["text"] = page.Text, ["method"] = page.Method };
        if (page.Note is not null)
        {
            json["note"] = page.Note;
        }
        return json;
    }
}
