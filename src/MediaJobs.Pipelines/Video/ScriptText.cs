using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Splits given narration text into scenes (paragraphs; a long single paragraph is grouped by density)
/// and sentences. Pure.
/// </summary>
internal static partial class ScriptText
{
    public const int MaxSentences = 400;

    public static VideoScript Split(string text, string title, string language, Density density)
    {
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = ParagraphBreak().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Select(SplitSentences)
            .Where(p => p.Count > 0)
            .ToList();
        if (paragraphs.Count == 1)
        {
            paragraphs = [.. paragraphs[0].Chunk(SentencesPerScene(density)).Select(c => (IReadOnlyList<string>)c)];
        }
        var scenes = paragraphs
            .Select((sentences, i) => new ScriptScene(i, Heading(sentences[0]), sentences))
            .ToList();
        return new VideoScript(title, language, "text", scenes);
    }

    /// <summary>Sentences of one paragraph: split after . ! ? … followed by space, whitespace collapsed.</summary>
    public static IReadOnlyList<string> SplitSentences(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var flat = Whitespace().Replace(paragraph, " ").Trim();
        return flat.Length == 0 ? [] : [.. SentenceEnd().Split(flat).Select(s => s.Trim()).Where(s => s.Any(char.IsLetterOrDigit))];
    }

    public static int SentencesPerScene(Density density) => density switch
    {
        Density.Sparse => 4,
        Density.Dense => 2,
        _ => 3,
    };

    /// <summary>A short label for the scene: its first words.</summary>
    public static string Heading(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        return string.Join(' ', words).TrimEnd('.', ',', ';', ':', '!', '?');
    }

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    // Not after common abbreviations (Mr. Dr. e.g. i.e.) or a single initial.
    [GeneratedRegex(@"(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St|vs|etc|e\.g|i\.e|[A-Z])\.)(?<=[.!?…])\s+")]
    private static partial Regex SentenceEnd();
}
