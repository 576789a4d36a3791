using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Documents.Templating;

/// <summary>
/// Offline analysis of extracted text (pure): title, dates (ISO, <c>dd.mm.yyyy</c>, <c>Month d, yyyy</c>), headings
/// (Markdown <c>#</c> lines, or short lines without end punctuation that start upper-case), the sections under them,
/// and an extractive summary: the sentences whose words are most frequent in the whole text, in their original order.
/// </summary>
internal static partial class TextAnalyzer
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "was", "were", "will", "with", "that", "this", "from", "have", "has", "had", "not",
        "but", "all", "can", "our", "you", "your", "their", "they", "them", "its", "into", "than", "then", "there",
        "been", "being", "which", "who", "what", "when", "where", "how", "also", "more", "most", "such", "these",
        "those", "over", "under", "about", "after", "before", "other", "some", "any", "each", "per", "via", "der",
        "die", "das", "und", "ist", "mit", "von", "den", "dem", "des", "ein", "eine", "für", "auf", "nicht", "sich",
    };

    public static DocumentFacts Analyze(string text, string? metadataTitle, int summarySentences = 3)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        var headings = new List<string>();
        var sections = new List<KeyValuePair<string, string>>();
        var body = new List<string>();
        string? current = null;
        var currentLines = new List<string>();
        foreach (var line in lines)
        {
            if (IsHeading(line))
            {
                Flush();
                current = line.TrimStart('#').Trim();
                headings.Add(current);
            }
            else if (line.Length > 0)
            {
                currentLines.Add(line);
                body.Add(line);
            }
        }
        Flush();

        var sentences = Chunks(body).SelectMany(SplitSentences).ToList();
        var frequencies = WordFrequencies(sentences);
        var title = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?.TrimStart('#').Trim()
            ?? headings.FirstOrDefault(h => lines.FirstOrDefault(l => l.Length > 0)?.TrimStart('#').Trim() == h)
            ?? (string.IsNullOrWhiteSpace(metadataTitle) ? null : metadataTitle)
            ?? headings.FirstOrDefault()
            ?? "Untitled";
        return new DocumentFacts(
            title,
            FindDates(text),
            headings,
            sections,
            sentences,
            Summarize(sentences, frequencies, summarySentences),
            [.. frequencies.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(8).Select(kv => kv.Key)],
            Words(text).Count());

        void Flush()
        {
            if (current is not null && currentLines.Count > 0)
            {
                sections.Add(new(current, string.Join('\n', currentLines)));
            }
            currentLines = [];
        }
    }

    /// <summary>Short, upper-case start, no end punctuation, no colon: a heading in plain extracted text.</summary>
    public static bool IsHeading(string line)
    {
        if (line.StartsWith('#'))
        {
            return line.TrimStart('#').Trim().Length > 0;
        }
        return line.Length is > 1 and <= 80
            && char.IsUpper(line[0])
            && !line.Contains(':', StringComparison.Ordinal)
            && !".,;!?".Contains(line[^1], StringComparison.Ordinal)
            && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8;
    }

    public static IReadOnlyList<string> FindDates(string text)
    {
        var found = new List<string>();
        foreach (Match m in DatePattern().Matches(text))
        {
            var normalized = Normalize(m.Value);
            if (!found.Contains(normalized, StringComparer.Ordinal))
            {
                found.Add(normalized);
            }
        }
        return found;
    }

    public static IReadOnlyList<string> SplitSentences(string text) =>
        [.. SentenceEnd().Split(Whitespace().Replace(text, " ").Trim()).Select(s => s.Trim()).Where(s => s.Length > 0)];

    /// <summary>Lines joined into runs of prose: a short line or one ending a sentence ends its run (a wrapped paragraph continues).</summary>
    private static IEnumerable<string> Chunks(IEnumerable<string> lines)
    {
        var buffer = new List<string>();
        foreach (var line in lines)
        {
            buffer.Add(line);
            if (line.Length < 60 || ".!?".Contains(line[^1], StringComparison.Ordinal))
            {
                yield return string.Join(' ', buffer);
                buffer.Clear();
            }
        }
        if (buffer.Count > 0)
        {
            yield return string.Join(' ', buffer);
        }
    }

    private static string Summarize(IReadOnlyList<string> sentences, Dictionary<string, int> frequencies, int count)
    {
        var ranked = sentences
            .Select((s, i) => (Index: i, Score: Score(s, frequencies)))
            .OrderByDescending(x => x.Score)
            .ThenBy(x => x.Index)
            .Take(count)
            .OrderBy(x => x.Index)
            .Select(x => sentences[x.Index]);
        return string.Join(' ', ranked);
    }

    private static double Score(string sentence, Dictionary<string, int> frequencies)
    {
        var words = Words(sentence).Where(w => !StopWords.Contains(w)).ToList();
        return words.Count == 0 ? 0 : words.Sum(w => frequencies.GetValueOrDefault(w)) / (double)words.Count;
    }

    private static Dictionary<string, int> WordFrequencies(IEnumerable<string> sentences) =>
        sentences.SelectMany(Words).Where(w => !StopWords.Contains(w)).GroupBy(w => w, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static IEnumerable<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Where(w => w.Length > 2);

    private static string Normalize(string date)
    {
        string[] formats = ["yyyy-MM-dd", "d.M.yyyy", "MMMM d, yyyy", "MMMM d yyyy", "d MMMM yyyy"];
        return DateTime.TryParseExact(date, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date;
    }

    [GeneratedRegex(@"\b(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4}|(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2},? \d{4}|\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4})\b")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9ÄÖÜ])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{Nd}'-]*")]
    private static partial Regex WordPattern();
}
