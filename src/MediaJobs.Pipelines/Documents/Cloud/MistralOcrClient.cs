using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common.Providers;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents.Cloud;

/// <summary>
/// Mistral's OCR REST API: <c>POST {BaseUrl}/ocr</c> with the PDF as a base64 data URL; each page comes back as
/// Markdown. The key comes from <c>MediaJobs:Documents:Mistral:ApiKey</c> or <c>MISTRAL_API_KEY</c>.
/// </summary>
internal sealed class MistralOcrClient(HttpClient http, DocumentsOptions options)
{
    public const string KeyVariable = "MISTRAL_API_KEY";
    public const string Provider = "mistral";

    /// <summary>Throws <c>MissingApiKey:MISTRAL_API_KEY</c> when no key is configured.</summary>
    public string RequireKey() => options.Mistral.ResolveKey(KeyVariable)
        ?? throw CloudErrors.MissingKeyException(KeyVariable, "MediaJobs:Documents:Mistral:ApiKey", "Mistral OCR (extraction_method mistral_ocr)",
            "use an offline extraction_method (native, ocr or combined)");

    /// <summary>The request body for <paramref name="pdfBytes"/> (pure).</summary>
    public static JsonObject BuildRequest(byte[] pdfBytes, string model, bool includeImages) => new()
    {
        ["model"] = model,
        ["document"] = new JsonObject
        {
            ["type"] = "document_url",
            ["document_url"] = "data:application/pdf;base64," + Convert.ToBase64String(pdfBytes),
        },
        ["include_image_base64"] = includeImages,
    };

    /// <summary>OCRs the whole PDF; returns the pages and the raw response (for <c>mistral_ocr_with_pages</c>).</summary>
    public async Task<(IReadOnlyList<PageText> Pages, JsonObject Raw)> ReadAsync(string pdf, bool includeImages, CancellationToken ct)
    {
        var key = RequireKey();
        var body = BuildRequest(await File.ReadAllBytesAsync(pdf, ct), options.Mistral.Model ?? "mistral-ocr-latest", includeImages);
        var raw = await ProviderHttp.PostJsonAsync(http, options.Mistral.Endpoint("ocr"), key, body, Provider, $"MediaJobs:Documents:Mistral:ApiKey or {KeyVariable}", TimeProvider.System, ct);
        var pages = (raw["pages"] as JsonArray ?? throw new MediaJobsException(CloudErrors.Failed(Provider, "Mistral OCR answered without 'pages'.")))
            .OfType<JsonObject>()
            .Select((p, i) => new PageText(((int?)p["index"] ?? i) + 1, (string?)p["markdown"] ?? "", "mistral_ocr"))
            .ToList();
        return (pages, raw);
    }
}
