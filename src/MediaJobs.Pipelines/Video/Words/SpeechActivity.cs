namespace MediaJobs.Pipelines.Video.Words;

/// <summary>
/// Where a voice is sounding: 10 ms frames whose RMS level is within <see cref="RelativeThresholdDb"/> of the loudest
/// frame, joined into spans wherever the quiet between them is shorter than the minimum gap. Pure.
/// </summary>
internal static class SpeechActivity
{
    public const double FrameSec = 0.01;

    /// <summary>Quieter than this below the loudest frame is silence (voices differ in level; the peak sets the scale).</summary>
    public const double RelativeThresholdDb = -38;

    /// <summary>Sounding spans (seconds) of <paramref name="audio"/>; gaps shorter than <paramref name="minGapSec"/> are bridged.</summary>
    public static IReadOnlyList<(double Start, double End)> Spans(PcmAudio audio, double minGapSec)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var levels = FrameLevelsDb(audio);
        if (levels.Length == 0)
        {
            return [];
        }
        var threshold = levels.Max() + RelativeThresholdDb;
        var spans = new List<(double Start, double End)>();
        var start = -1;
        for (var i = 0; i <= levels.Length; i++)
        {
            var loud = i < levels.Length && levels[i] > threshold;
            if (loud && start < 0)
            {
                start = i;
            }
            else if (!loud && start >= 0)
            {
                var span = (start * FrameSec, Math.Min(i * FrameSec, audio.DurationSec));
                if (spans.Count > 0 && span.Item1 - spans[^1].End < minGapSec)
                {
                    spans[^1] = (spans[^1].Start, span.Item2);
                }
                else
                {
                    spans.Add(span);
                }
                start = -1;
            }
        }
        return spans;
    }

    /// <summary>RMS level of each 10 ms frame in dBFS (−120 for digital silence).</summary>
    public static double[] FrameLevelsDb(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var frame = Math.Max(1, (int)Math.Round(audio.SampleRate * FrameSec));
        var levels = new double[audio.Samples.Length / frame];
        for (var f = 0; f < levels.Length; f++)
        {
            double sum = 0;
            for (var i = f * frame; i < (f + 1) * frame; i++)
            {
                sum += audio.Samples[i] * (double)audio.Samples[i];
            }
            var rms = Math.Sqrt(sum / frame);
            levels[f] = rms > 1e-6 ? 20 * Math.Log10(rms) : -120;
        }
        return levels;
    }
}
