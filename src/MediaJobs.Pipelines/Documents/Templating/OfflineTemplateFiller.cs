using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Fills a template from <see cref="TextAnalyzer"/>'s facts, no network (pure). A field takes, in order: a value the
/// caller supplied (<c>extra</c>); the section whose heading matches the field name (<c>action_items</c> ~ "Action Items");
/// a well-known fact (<c>title</c>, <c>date</c>, <c>dates</c>, <c>summary</c>, <c>topics</c>/<c>headings</c>,
/// <c>keywords</c>, <c>decisions</c>, <c>action_items</c>, <c>word_count</c>, <c>text</c>); otherwise it stays empty.
/// </summary>
internal static partial class OfflineTemplateFiller
{
    public static FilledTemplate Fill(DocumentTemplate template, string text, DocumentFacts facts, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(facts);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in template.Fields)
        {
            values[field.Name] = extra?.GetValueOrDefault(field.Name) is { Length: > 0 } given ? given
                : Section(facts, field.Name) ?? Known(field.Name, text, facts) ?? "";
        }
        return Create(template, values, "offline");
    }

    /// <summary>Renders <paramref name="values"/> into the template and notes the fields left empty.</summary>
    public static FilledTemplate Create(DocumentTemplate template, Dictionary<string, string> values, string filledBy)
    {
        ArgumentNullException.ThrowIfNull(template);
        var empty = template.Fields.Where(f => string.IsNullOrWhiteSpace(values.GetValueOrDefault(f.Name))).Select(f => f.Name).ToList();
        return new FilledTemplate(template.Name, values, TemplateRenderer.Render(template.Body, values), filledBy, empty);
    }

    public static string Bullets(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : string.Join('\n', list.Select(i => "- " + i));
    }

    private static string? Section(DocumentFacts facts, string field)
    {
        var key = Key(field);
        return facts.Sections.FirstOrDefault(s => Key(s.Key) == key) is { Key: not null } match ? match.Value : null;
    }

    private static string? Known(string field, string text, DocumentFacts facts) => Key(field) switch
    {
        "title" or "name" or "subject" => facts.Title,
        "date" => facts.Dates.FirstOrDefault(),
        "dates" => Bullets(facts.Dates),
        "summary" or "abstract" or "overview" => facts.Summary,
        "topics" or "headings" or "agenda" or "outline" => Bullets(facts.Headings.Where(h => h != facts.Title)),
        "keywords" or "tags" => string.Join(", ", facts.Keywords),
        "decisions" => Bullets(facts.Sentences.Where(s => DecisionWords().IsMatch(s))),
        "actionitems" or "actions" or "todos" or "nextsteps" => Bullets(facts.Sentences.Where(s => ActionWords().IsMatch(s))),
        "wordcount" => facts.WordCount.ToString(CultureInfo.InvariantCulture),
        "text" or "content" or "body" => text.Trim(),
        _ => null,
    };

    private static string Key(string name) => new([.. name.ToLowerInvariant().Where(char.IsLetterOrDigit)]);

    [GeneratedRegex(@"\b(approved|decided|agreed|resolved|accepted|rejected|beschlossen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWords();

    [GeneratedRegex(@"\b(will|must|shall|to do|todo|action|deadline|by \d{4}-\d{2}-\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex ActionWords();
}
