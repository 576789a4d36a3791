using MediaJobs.Pipelines.Video.Words;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>
/// Groups the timed words into burned cues (pure): at most <see cref="CaptionLayout.MaxWords"/> words and
/// <see cref="CaptionLayout.MaxChars"/> characters, a new cue after a comma or full stop, never across sentences. A cue
/// stays up until the next one starts when the voice only takes a breath (under <see cref="HoldGapSec"/>), so captions
/// do not flicker; over a real pause the screen is clear.
/// </summary>
internal static class BurnedCueBuilder
{
    public const double HoldGapSec = 0.3;

    public static IReadOnlyList<BurnedCue> Build(IEnumerable<SentenceTiming> sentences, CaptionLayout layout)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(layout);
        var cues = new List<BurnedCue>();
        foreach (var sentence in sentences)
        {
            var words = sentence.Words.Count > 0 ? sentence.Words : Spread(sentence);
            var group = new List<WordTiming>();
            foreach (var word in words)
            {
                var length = group.Sum(w => w.Text.Length + 1) + word.Text.Length;
                if (group.Count > 0 && (group.Count >= layout.MaxWords || length > layout.MaxChars || SpokenWords.EndsClause(group[^1].Text)))
                {
                    cues.Add(new BurnedCue(group[0].StartSec, group[^1].EndSec, group));
                    group = [];
                }
                group.Add(word);
            }
            if (group.Count > 0)
            {
                cues.Add(new BurnedCue(group[0].StartSec, group[^1].EndSec, group));
            }
        }
        for (var i = 0; i + 1 < cues.Count; i++)
        {
            if (cues[i + 1].StartSec - cues[i].EndSec < HoldGapSec)
            {
                cues[i] = cues[i] with { EndSec = cues[i + 1].StartSec };
            }
        }
        return cues;
    }

    /// <summary>Timings written before word timing existed: the words spread over the sentence by their letters.</summary>
    private static IReadOnlyList<WordTiming> Spread(SentenceTiming sentence)
    {
        var words = SpokenWords.Split(sentence.Text);
        return WordAligner.Align(words, EspeakWordLengths.LetterWeights(words), [(sentence.StartSec, sentence.EndSec)], sentence.EndSec);
    }
}
