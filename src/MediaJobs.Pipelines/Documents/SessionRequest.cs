using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// A <c>session</c> job: <c>title</c> (required), <c>speakers</c> (strings), <c>date</c>, <c>slides</c> (a PDF under a media
/// root), <c>media</c> (files under media roots, or http(s) URLs which are listed but not fetched), <c>template</c>
/// (default <c>Session</c>), <c>language</c> and <c>extraction_method</c> for the slides (native|ocr|combined, default combined),
/// and <c>use_cache</c> (see <see cref="Cache.SessionCacheKey"/>).
/// </summary>
internal sealed record SessionRequest(
    string Title, IReadOnlyList<string> Speakers, string? Date, string? SlidesPath, IReadOnlyList<string> Media,
    string Template, string Language, ExtractionMethod SlidesMethod, bool UseCache = false)
{
    public const int MaxMedia = 50;

    public static SessionRequest Parse(JsonObject input, DocumentFileResolver files)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(files);
        var reader = new InputReader(input);
        var title = reader.Text("title", 500);
        if (string.IsNullOrWhiteSpace(title))
        {
            throw JobValidationException.InInput("title", _ => "'title' (the session's title) is required.");
        }
        var slides = reader.Text("slides", 4096) is { } s ? files.ResolveFile(s, null) : null;
        var media = Strings(input, "media", MaxMedia).Select((m, i) => IsUrl(m) ? m : ResolveMedia(files, m, $"media[{i}]")).ToList();
        var methodName = reader.Text("extraction_method", 64) ?? "combined";
        if (!ExtractionMethods.TryParse(methodName, out var method) || ExtractionMethods.IsCloud(method))
        {
            throw JobValidationException.InInput("extraction_method", _ => $"'extraction_method' for slides must be native, ocr or combined, not '{methodName}'.");
        }
        return new SessionRequest(
            title, Strings(input, "speakers", 100), reader.Text("date", 64), slides, media,
            reader.Text("template", 128) ?? "Session", TesseractLanguage.FromRequest(reader.Text("language", 64)), method, reader.Boolean("use_cache", false));
    }

    public static bool IsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string ResolveMedia(DocumentFileResolver files, string path, string field)
    {
        var full = files.Roots.Resolve(path, field);
        return File.Exists(full) ? full : throw JobValidationException.InInput(field, _ => $"The file '{path}' does not exist.");
    }

    private static List<string> Strings(JsonObject input, string name, int max)
    {
        if (input[name] is not { } node)
        {
            return [];
        }
        if (node is not JsonArray array || array.Count > max || array.Any(i => i?.GetValueKind() != JsonValueKind.String))
        {
            throw JobValidationException.InInput(name, _ => $"'{name}' must be a list of at most {max} strings.");
        }
        return [.. array.Select(i => i!.GetValue<string>())];
    }
}
