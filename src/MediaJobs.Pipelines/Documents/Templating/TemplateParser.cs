using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Reads a template file: Markdown with a front matter block between <c>---</c> lines holding
/// <c>name:</c>, <c>description:</c> and <c>fields:</c> followed by indented <c>field_name: description</c> lines.
/// Fields used in the body but not listed are added with an empty description.
/// </summary>
internal static class TemplateParser
{
    public static DocumentTemplate Parse(string content, string fallbackName, string source)
    {
        ArgumentNullException.ThrowIfNull(content);
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw Invalid(source, "it must start with a front matter block ('---' on the first line)");
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw Invalid(source, "its front matter block is not closed by a '---' line");
        }
        string? name = null;
        var description = "";
        var fields = new List<TemplateField>();
        var inFields = false;
        foreach (var line in lines[1..end])
        {
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            var indented = char.IsWhiteSpace(line[0]);
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                throw Invalid(source, $"the front matter line '{line.Trim()}' is not 'key: value'");
            }
            var key = line[..colon].Trim().TrimStart('-').Trim();
            var value = line[(colon + 1)..].Trim().Trim('"');
            if (indented && inFields)
            {
                fields.Add(new TemplateField(key, value));
                continue;
            }
            inFields = key == "fields";
            if (key == "name")
            {
                name = value;
            }
            else if (key == "description")
            {
                description = value;
            }
        }
        var body = string.Join('\n', lines[(end + 1)..]).TrimStart('\n');
        foreach (var used in TemplateRenderer.Placeholders(body).Where(p => fields.TrueForAll(f => f.Name != p)))
        {
            fields.Add(new TemplateField(used, ""));
        }
        return new DocumentTemplate(string.IsNullOrWhiteSpace(name) ? fallbackName : name, description, fields, body, source);
    }

    private static MediaJobsException Invalid(string source, string problem) => new(new JobError(
        "TemplateInvalid",
        $"The template '{source}' cannot be read: {problem}.",
        "Fix the template file (see the shipped templates in Documents/Templates for the format)."));
}
