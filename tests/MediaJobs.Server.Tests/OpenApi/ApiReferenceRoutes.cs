using System.Text.RegularExpressions;

namespace MediaJobs.Server.Tests.OpenApi;

/// <summary>
/// The routes docs/api.md documents: <c>`METHOD /path`</c> at the start of a heading, a bullet, or a
/// table row's first cell (prose mentions are not declarations). A <c>###</c> section that states
/// <c>base `/prefix`</c> documents its routes relative to that prefix.
/// </summary>
public static partial class ApiReferenceRoutes
{
    public static string MarkdownPath => Path.Combine(AppContext.BaseDirectory, "Docs", "api.md");

    /// <summary>(METHOD, path shape as <see cref="ServedDocument.NormalizePath"/> writes it) → the line that documents it.</summary>
    public static IReadOnlyDictionary<(string Method, string Path), string> Parse(IEnumerable<string> lines)
    {
        var routes = new Dictionary<(string, string), string>();
        var prefix = "";
        foreach (var line in lines)
        {
            if (line.StartsWith('#'))
            {
                prefix = "";
            }
            if (BasePath().Match(line) is { Success: true } declared)
            {
                prefix = declared.Groups[1].Value.TrimEnd('/');
            }
            foreach (var span in DeclaringSpans(line))
            {
                if (Route().Match(span) is { Success: true } route)
                {
                    routes[(route.Groups["method"].Value, ServedDocument.NormalizePath(prefix + ToTemplate(route.Groups["path"].Value)))] = line.Trim();
                }
            }
        }
        return routes;
    }

    /// <summary>Backticked spans where a line declares routes: a heading's or bullet's first, every one in a table row's first cell.</summary>
    private static IEnumerable<string> DeclaringSpans(string line)
    {
        var text = line.TrimStart();
        if (text.StartsWith('|'))
        {
            var firstCell = CellSeparator().Split(text.TrimStart('|')).FirstOrDefault() ?? "";
            return Backticked().Matches(firstCell).Select(m => m.Groups[1].Value);
        }
        var lead = LeadingSpan().Match(text);
        return lead.Success ? [lead.Groups[1].Value] : [];
    }

    /// <summary>":id", "&lt;job_id&gt;" and "{jobId}" are all route parameters; a query or optional part is not the path.</summary>
    private static string ToTemplate(string path)
    {
        var bare = path.Split('?', '[')[0];
        return ColonParameter().Replace(AngleParameter().Replace(bare, "{$1}"), "{$1}");
    }

    [GeneratedRegex(@"\bbase `(/[^`]*)`")]
    private static partial Regex BasePath();

    /// <summary>A table's cell border: a pipe that is not escaped (<c>\|</c> is a pipe inside a cell).</summary>
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();

    [GeneratedRegex(@"`([^`]+)`")]
    private static partial Regex Backticked();

    [GeneratedRegex(@"^(?:#+|-|\*)\s+`([^`]+)`")]
    private static partial Regex LeadingSpan();

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|PATCH|DELETE)\s+(?<path>/\S*)")]
    private static partial Regex Route();

    [GeneratedRegex(@"<([^>/]+)>")]
    private static partial Regex AngleParameter();

    [GeneratedRegex(@":([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ColonParameter();
}
