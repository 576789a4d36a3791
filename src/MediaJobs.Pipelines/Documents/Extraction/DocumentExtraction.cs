using System.Text.Json.Nodes;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>Everything read from a PDF: its metadata and the text of each page. Stored as <c>extraction.json</c>.</summary>
internal sealed record DocumentExtraction(string Method, PdfMetadata Metadata, IReadOnlyList<PageText> Pages)
{
    /// <summary>Extra provider output (e.g. Mistral's usage and model), kept in the results as is.</summary>
    public JsonObject? Provider { get; init; }

    /// <summary>The pages' text joined with a blank line between pages.</summary>
    public string Text => string.Join("\n\n", Pages.Select(p => p.Text.TrimEnd()));
}
