namespace MediaJobs.Pipelines.Video.Words;

/// <summary>
/// A sentence split into the words a caption shows: at spaces, with a token that has no letter or digit ("—", "&amp;" alone)
/// joined to the word before it, so every word is something a voice says. Pure.
/// </summary>
internal static class SpokenWords
{
    public static IReadOnlyList<string> Split(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var words = new List<string>();
        foreach (var token in sentence.Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!token.Any(char.IsLetterOrDigit) && words.Count > 0)
            {
                words[^1] += " " + token;
            }
            else
            {
                words.Add(token);
            }
        }
        return words;
    }

    /// <summary>True when the voice is likely to pause after this word (a comma, a full stop, a colon...).</summary>
    public static bool EndsClause(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var trimmed = word.TrimEnd('"', '\'', ')', '”', '’', '»');
        return trimmed.Length > 0 && trimmed[^1] is ',' or '.' or ';' or ':' or '!' or '?' or '…' or '—' or '–';
    }
}
