namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>What pdfinfo says about a PDF.</summary>
internal sealed record PdfMetadata(string? Title, string? Author, string? Subject, string? Creator, string? Producer, string? CreationDate, int Pages);
