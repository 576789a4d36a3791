namespace MediaJobs.Pipelines.Documents;

/// <summary>A validated <c>pdf</c> job: the file (already resolved and checked), how to read it, and what to make of it.</summary>
public sealed record PdfRequest(
    string FilePath,
    ExtractionMethod Method,
    string? Template,
    string Language,
    bool UseCache,
    bool IncludeAssets);
