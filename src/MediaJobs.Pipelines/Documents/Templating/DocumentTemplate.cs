namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>A template: its fields (name → what goes there) and a Markdown body with <c>{{field}}</c> placeholders.</summary>
internal sealed record DocumentTemplate(string Name, string Description, IReadOnlyList<TemplateField> Fields, string Body, string Source);
