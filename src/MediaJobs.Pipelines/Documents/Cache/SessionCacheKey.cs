using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Documents.Cache;

/// <summary>
/// The <c>use_cache</c> key of a <c>session</c> job: <see cref="CacheKey.Compute"/> over the slides' content hash and every
/// other input that changes the results — title, speakers, date, template (name, fields and text), language, the slides'
/// extraction method, each media item (in order) — and the providers that shape them (speech-to-text,
/// the template-filling model). Parsed values are used, not the raw input, so <c>en</c> and <c>eng</c> share an entry.
/// </summary>
internal static class SessionCacheKey
{
    public static async Task<string> ComputeAsync(SessionRequest request, Templating.DocumentTemplate? template, string providers, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var slides = request.SlidesPath is { } path ? await CacheKey.HashFileAsync(path, ct) : "no-slides";
        var parameters = new JsonObject
        {
            ["title"] = request.Title,
            ["speakers"] = new JsonArray([.. request.Speakers.Select(s => (JsonNode)s)]),
            ["date"] = request.Date,
            ["template"] = request.Template,
            ["language"] = request.Language,
            ["extraction_method"] = ExtractionMethods.NameOf(request.SlidesMethod),
            ["media"] = new JsonArray([.. request.Media.Select(MediaIdentity)]),
        };
        var templateText = template is null ? null : string.Join('\n', template.Fields.Select(f => $"{f.Name}: {f.Description}").Append(template.Body));
        return CacheKey.Compute(SessionPipeline.TypeName, slides, parameters, templateText, providers);
    }

    /// <summary>
    /// A URL as given (it is listed, not fetched); a file by full path, size and last write time. Not by content: a
    /// talk's recording can be gigabytes, and replacing or editing it changes its size or time.
    /// </summary>
    public static JsonNode MediaIdentity(string media)
    {
        if (SessionRequest.IsUrl(media))
        {
            return JsonValue.Create(media);
        }
        var file = new FileInfo(media);
        return new JsonObject
        {
            ["path"] = file.FullName,
            ["size"] = file.Exists ? file.Length : -1,
            ["modified_utc_ticks"] = file.Exists ? file.LastWriteTimeUtc.Ticks : -1,
        };
    }
}
