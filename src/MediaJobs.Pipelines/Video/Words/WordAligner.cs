namespace MediaJobs.Pipelines.Video.Words;

/// <summary>
/// Places a sentence's words on its audio (pure). The words' relative lengths (<c>weights</c>: each word spoken alone,
/// or its letter count) spread them over the span where the voice sounds; the pauses found inside that span are then
/// matched to word boundaries (a small dynamic programme: each pause to the boundary nearest where the lengths put it,
/// in order, a pause after a comma or full stop preferred, an unmatched pause costing its length), and the words between
/// two matched pauses are spread again by their lengths. So the onsets follow the voice's own rhythm wherever it pauses,
/// and its measured lengths in between.
/// </summary>
internal static class WordAligner
{
    /// <summary>Cost (seconds) of leaving a pause unmatched, on top of twice its length: short gaps are often a stop consonant.</summary>
    public const double SkipCostSec = 0.08;

    /// <summary>How much a pause prefers a boundary after punctuation (seconds of distance forgiven).</summary>
    public const double ClauseBonusSec = 0.15;

    public static IReadOnlyList<WordTiming> Align(IReadOnlyList<string> words, IReadOnlyList<double> weights, IReadOnlyList<(double Start, double End)> spans, double durationSec)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(spans);
        if (words.Count == 0)
        {
            return [];
        }
        if (weights.Count != words.Count)
        {
            throw new ArgumentException("One weight per word is needed.", nameof(weights));
        }
        var w = weights.Select(x => Math.Max(0.01, x)).ToArray();
        var (speechStart, speechEnd) = spans.Count > 0 ? (spans[0].Start, spans[^1].End) : (0.0, durationSec);
        var gaps = Enumerable.Range(1, Math.Max(0, spans.Count - 1)).Select(i => (Start: spans[i - 1].End, End: spans[i].Start)).ToList();

        // Boundary b (1..n-1) is the onset of word b; its place if the words were spread by weight over the sounding time.
        var total = w.Sum();
        var nominal = new double[words.Count];
        var before = 0.0;
        for (var b = 0; b < words.Count; b++)
        {
            nominal[b] = spans.Count > 0 ? AtVoicedFraction(spans, before / total) : speechStart + ((speechEnd - speechStart) * before / total);
            before += w[b];
        }
        var matched = Match(gaps, nominal, words);

        // Anchors: (word index, start time, end time of the word before). Spread words by weight between anchors.
        var anchors = new List<(int Word, double Start, double PrevEnd)> { (0, speechStart, speechStart) };
        anchors.AddRange(matched.Select(m => (m.Boundary, gaps[m.Gap].End, gaps[m.Gap].Start)));
        anchors.Add((words.Count, speechEnd, speechEnd));
        var result = new WordTiming[words.Count];
        for (var a = 0; a + 1 < anchors.Count; a++)
        {
            var (first, start, _) = anchors[a];
            var (next, _, end) = anchors[a + 1];
            var sum = Enumerable.Range(first, next - first).Sum(i => w[i]);
            var t = start;
            for (var i = first; i < next; i++)
            {
                var length = (end - start) * w[i] / sum;
                result[i] = new WordTiming(words[i], Math.Round(t, 3), Math.Round(t + length, 3));
                t += length;
            }
        }
        return result;
    }

    /// <summary>Pauses matched to boundaries, in order, minimising distance (less for clause ends) plus the cost of unmatched pauses.</summary>
    private static List<(int Gap, int Boundary)> Match(List<(double Start, double End)> gaps, double[] nominal, IReadOnlyList<string> words)
    {
        int g = gaps.Count, n = words.Count;
        // cost[i, b]: the best cost once the first i gaps and the boundaries 1..b are decided.
        var cost = new double[g + 1, n];
        var choice = new int[g + 1, n];
        for (var i = 1; i <= g; i++)
        {
            cost[i, 0] = cost[i - 1, 0] + Skip(gaps[i - 1]);
        }
        for (var b = 1; b < n; b++)
        {
            for (var i = 0; i <= g; i++)
            {
                // Either boundary b gets no gap, or it takes gap i (the i-th, 1-based).
                var best = cost[i, b - 1];
                var pick = 0;
                if (i > 0)
                {
                    var skip = cost[i - 1, b] + Skip(gaps[i - 1]);
                    if (skip < best)
                    {
                        (best, pick) = (skip, -1);
                    }
                    var gap = gaps[i - 1];
                    var distance = Math.Abs(nominal[b] - ((gap.Start + gap.End) / 2)) - (SpokenWords.EndsClause(words[b - 1]) ? ClauseBonusSec : 0);
                    var take = cost[i - 1, b - 1] + Math.Max(0, distance);
                    if (take < best)
                    {
                        (best, pick) = (take, 1);
                    }
                }
                cost[i, b] = best;
                choice[i, b] = pick;
            }
        }
        var matches = new List<(int Gap, int Boundary)>();
        for (int i = g, b = n - 1; i > 0;)
        {
            if (b == 0)
            {
                i--;
                continue;
            }
            switch (choice[i, b])
            {
                case 1:
                    matches.Add((i - 1, b));
                    i--;
                    b--;
                    break;
                case -1:
                    i--;
                    break;
                default:
                    b--;
                    break;
            }
        }
        matches.Reverse();
        return matches;
    }

    /// <summary>The moment when <paramref name="fraction"/> of the total sounding time has passed.</summary>
    private static double AtVoicedFraction(IReadOnlyList<(double Start, double End)> spans, double fraction)
    {
        var left = fraction * spans.Sum(s => s.End - s.Start);
        foreach (var (start, end) in spans)
        {
            if (left <= end - start)
            {
                return start + left;
            }
            left -= end - start;
        }
        return spans[^1].End;
    }

    private static double Skip((double Start, double End) gap) => SkipCostSec + (2 * (gap.End - gap.Start));
}
