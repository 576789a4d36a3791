namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>What a template is filled from: the template's name, the text, a title hint and values fixed by the caller.</summary>
internal sealed record TemplateSource(string TemplateName, string Text, string? Title, IReadOnlyDictionary<string, string>? Values = null);
