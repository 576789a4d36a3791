using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;
using MediaJobs.Pipelines.Documents.Extraction;

namespace MediaJobs.Pipelines.Documents;

/// <summary>
/// Reads a <c>pdf</c> job's inputs (seed 003's <c>parameters</c>): <c>filename</c> | <c>uploaded_file</c>,
/// <c>extraction_method</c> (default <c>native</c>), <c>template</c>, <c>language</c>, <c>use_cache</c>,
/// <c>include_assets</c> (default true).
/// </summary>
internal static class PdfRequestParser
{
    public static PdfRequest Parse(JsonObject input, DocumentFileResolver files)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(files);
        var reader = new InputReader(input);
        var path = files.ResolveFile(reader.Text("filename", 4096), reader.Text("uploaded_file", 4096));
        var methodName = reader.Text("extraction_method", 64) ?? "native";
        if (!ExtractionMethods.TryParse(methodName, out var method))
        {
            throw JobValidationException.InInput("extraction_method",
                _ => $"'extraction_method' must be one of {string.Join(", ", ExtractionMethods.Names)}, not '{methodName}'.");
        }
        return new PdfRequest(
            path,
            method,
            reader.Text("template", 128),
            TesseractLanguage.FromRequest(reader.Text("language", 64)),
            reader.Boolean("use_cache", false),
            reader.Boolean("include_assets", true));
    }
}
