namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Builds captions from sentence timings (pure): lines of at most <see cref="MaxLineLength"/> characters,
/// at most <see cref="MaxLines"/> lines a cue; a longer sentence is split into several cues at word onsets (timed words)
/// or in proportion to their length (older timings). A cue never runs into the next sentence.
/// </summary>
internal static class SubtitleCueBuilder
{
    public const int MaxLineLength = 42;
    public const int MaxLines = 2;

    public static IReadOnlyList<SubtitleCue> Build(IEnumerable<SentenceTiming> sentences, int maxLineLength = MaxLineLength, int maxLines = MaxLines)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var cues = new List<SubtitleCue>();
        foreach (var sentence in sentences)
        {
            if (sentence.Words.Count > 0)
            {
                cues.AddRange(FromWords(sentence, maxLineLength, maxLines));
                continue;
            }
            var chunks = Chunk(sentence.Text, maxLineLength, maxLines);
            var total = chunks.Sum(c => c.Length);
            var t = sentence.StartSec;
            var span = sentence.EndSec - sentence.StartSec;
            for (var i = 0; i < chunks.Count; i++)
            {
                var end = i == chunks.Count - 1 ? sentence.EndSec : t + (span * chunks[i].Length / total);
                cues.Add(new SubtitleCue(Math.Round(t, 3), Math.Round(end, 3), Wrap(chunks[i], maxLineLength)));
                t = end;
            }
        }
        return cues;
    }

    /// <summary>Cues of whole words, each from its first word's onset (the sentence's start for the first) to the next cue's.</summary>
    private static IEnumerable<SubtitleCue> FromWords(SentenceTiming sentence, int maxLineLength, int maxLines)
    {
        var groups = new List<List<Words.WordTiming>> { new() };
        foreach (var word in sentence.Words)
        {
            var current = groups[^1];
            if (current.Count > 0 && !Fits(string.Join(' ', current.Select(w => w.Text).Append(word.Text)), maxLineLength, maxLines))
            {
                groups.Add(current = []);
            }
            current.Add(word);
        }
        for (var i = 0; i < groups.Count; i++)
        {
            var start = i == 0 ? sentence.StartSec : groups[i][0].StartSec;
            var end = i == groups.Count - 1 ? sentence.EndSec : groups[i + 1][0].StartSec;
            yield return new SubtitleCue(Math.Round(start, 3), Math.Round(end, 3), Wrap(string.Join(' ', groups[i].Select(w => w.Text)), maxLineLength)) { Words = groups[i] };
        }
    }

    /// <summary>Splits text into pieces that each wrap into at most <paramref name="maxLines"/> lines.</summary>
    public static IReadOnlyList<string> Chunk(string text, int maxLineLength, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var chunks = new List<string>();
        var current = new List<string>();
        foreach (var word in words)
        {
            current.Add(word);
            if (current.Count > 1 && !Fits(string.Join(' ', current), maxLineLength, maxLines))
            {
                current.RemoveAt(current.Count - 1);
                chunks.Add(string.Join(' ', current));
                current = [word];
            }
        }
        if (current.Count > 0)
        {
            chunks.Add(string.Join(' ', current));
        }
        return chunks;
    }

    /// <summary>One line when it fits, else two lines balanced at the word break that makes the longer one shortest.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxLineLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLineLength)
        {
            return [text];
        }
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var best = (Lines: (IReadOnlyList<string>)[text], Longest: int.MaxValue);
        for (var cut = 1; cut < words.Length; cut++)
        {
            var first = string.Join(' ', words[..cut]);
            var second = string.Join(' ', words[cut..]);
            var longest = Math.Max(first.Length, second.Length);
            if (longest < best.Longest)
            {
                best = ([first, second], longest);
            }
        }
        return best.Lines;
    }

    private static bool Fits(string text, int maxLineLength, int maxLines)
    {
        var lines = Wrap(text, maxLineLength);
        return lines.Count <= maxLines && lines.All(l => l.Length <= maxLineLength);
    }
}
