namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>One field of a template and the instruction for whoever fills it.</summary>
internal sealed record TemplateField(string Name, string Description);
