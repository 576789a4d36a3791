using System.Text.Json.Serialization;
using MediaJobs.Pipelines.Documents.Templating;

namespace MediaJobs.Pipelines.Documents;

/// <summary>The result <c>template</c>: <c>{name, filled_by, fields, empty_fields, markdown}</c>.</summary>
internal sealed record TemplateResult(
    string Name,
    [property: JsonPropertyName("filled_by")] string FilledBy,
    IReadOnlyDictionary<string, string> Fields,
    [property: JsonPropertyName("empty_fields")] IReadOnlyList<string> EmptyFields,
    string Markdown)
{
    public static TemplateResult From(FilledTemplate filled) =>
        new(filled.Name, filled.FilledBy, filled.Values, filled.EmptyFields, filled.Markdown);
}
