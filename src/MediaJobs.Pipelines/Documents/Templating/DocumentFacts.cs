namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>What the offline analysis found in a text: the raw material for filling a template.</summary>
internal sealed record DocumentFacts(
    string Title,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Headings,
    IReadOnlyList<KeyValuePair<string, string>> Sections,
    IReadOnlyList<string> Sentences,
    string Summary,
    IReadOnlyList<string> Keywords,
    int WordCount);
