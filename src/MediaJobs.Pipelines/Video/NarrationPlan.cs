namespace MediaJobs.Pipelines.Video;

/// <summary>How the voice is paced: speed from <c>rate</c> × <c>pacing</c>, silences from <c>pause</c> × <c>pacing</c>. Pure.</summary>
internal static class NarrationPlan
{
    public const double SentencePauseSec = 0.35;
    public const double ScenePauseSec = 0.8;

    /// <summary>The end hold: silence after the last sentence, under the end card, so the picture does not cut on the last word.</summary>
    public const double TailSec = 1.5;

    public static double SpeedFactor(VideoRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var pacing = request.Pacing switch
        {
            Pacing.Chill => 0.9,
            Pacing.Fast => 1.12,
            _ => 1.0,
        };
        return request.Rate * pacing;
    }

    /// <summary>Silence after sentence <paramref name="index"/> of <paramref name="script"/>.</summary>
    public static double PauseAfter(VideoRequest request, VideoScript script, int index)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(script);
        var sentences = script.Sentences.ToList();
        if (index == sentences.Count - 1)
        {
            return TailSec;
        }
        var pacing = request.Pacing switch
        {
            Pacing.Chill => 1.4,
            Pacing.Fast => 0.7,
            _ => 1.0,
        };
        var sceneEnds = sentences[index].Scene != sentences[index + 1].Scene;
        return Math.Round((sceneEnds ? ScenePauseSec : SentencePauseSec) * request.Pause * pacing, 3);
    }

    /// <summary>
    /// Places sentences of the given spoken lengths one after another with their pauses; <paramref name="words"/> (each
    /// sentence's words relative to its audio) are moved onto the same timeline.
    /// </summary>
    public static NarrationTimings Layout(VideoRequest request, VideoScript script, IReadOnlyList<double> spokenSec, IReadOnlyList<IReadOnlyList<Words.WordTiming>>? words = null)
    {
        ArgumentNullException.ThrowIfNull(script);
        ArgumentNullException.ThrowIfNull(spokenSec);
        var sentences = script.Sentences.ToList();
        if (sentences.Count != spokenSec.Count)
        {
            throw new ArgumentException("One length per sentence is needed.", nameof(spokenSec));
        }
        var timings = new List<SentenceTiming>();
        var t = 0.0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var end = t + spokenSec[i];
            var pause = PauseAfter(request, script, i);
            var start = t;
            timings.Add(new SentenceTiming(i, sentences[i].Scene, sentences[i].Sentence, Math.Round(t, 3), Math.Round(end, 3), pause)
            {
                Words = words is null ? [] : [.. words[i].Select(w => w with { StartSec = Math.Round(start + w.StartSec, 3), EndSec = Math.Round(start + w.EndSec, 3) })],
            });
            t = end + pause;
        }
        return new NarrationTimings(Math.Round(t, 3), timings);
    }
}
