namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>A template with its field values and the rendered Markdown. <see cref="FilledBy"/> is <c>offline</c> or <c>llm</c>.</summary>
internal sealed record FilledTemplate(string Name, IReadOnlyDictionary<string, string> Values, string Markdown, string FilledBy, IReadOnlyList<string> EmptyFields);
