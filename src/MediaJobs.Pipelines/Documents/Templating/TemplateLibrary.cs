using System.Text.RegularExpressions;
using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Templates by name: the ones shipped next to the binaries (<c>Documents/Templates/*.md</c>) and the user's
/// folder (<c>MediaJobs:Documents:TemplatesDirectory</c>, default <c>&lt;data&gt;/templates</c>), which adds
/// templates and overrides shipped ones of the same name. Names match without regard to case. Files are
/// read on each lookup, so a template added by a user is seen by the next job.
/// </summary>
internal sealed partial class TemplateLibrary(IReadOnlyList<string> directories)
{
    /// <summary>Where the shipped templates are copied on build.</summary>
    public static string ShippedDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "Documents", "Templates");

    /// <summary>Shipped templates first; later directories override earlier ones.</summary>
    public IReadOnlyList<string> Directories { get; } = directories;

    public IReadOnlyList<string> Names() =>
        [.. Files().Keys.Order(StringComparer.OrdinalIgnoreCase)];

    public DocumentTemplate? Find(string name) =>
        IsValidName(name) && Files().TryGetValue(name, out var path)
            ? TemplateParser.Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path), path)
            : null;

    /// <summary>The template or a 400 naming the input field <paramref name="field"/> and the templates that exist.</summary>
    public DocumentTemplate Require(string name, string field) => Find(name)
        ?? throw JobValidationException.InInput(field, _ => $"No template named '{name}'. Available: {string.Join(", ", Names())}.");

    public static bool IsValidName(string name) => NamePattern().IsMatch(name);

    private Dictionary<string, string> Files()
    {
        var files = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var directory in Directories.Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(directory, "*.md").Order(StringComparer.Ordinal))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                if (IsValidName(name))
                {
                    files[name] = file;
                }
            }
        }
        return files;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();
}
