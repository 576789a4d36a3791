using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Pure builder of the ffmpeg call that joins the per-sentence WAVs into one 48 kHz mono narration,
/// each sentence followed by its silence (<c>apad</c>), all in one pass (<c>concat</c>). The same pass
/// measures the narration's integrated loudness (<c>ebur128</c>, summary on stderr), so the mux can set
/// the level with a plain gain instead of the far slower dynamic <c>loudnorm</c>.
/// </summary>
internal static class NarrationArgs
{
    public static IReadOnlyList<string> Build(IReadOnlyList<string> sentenceWavs, IReadOnlyList<double> pausesSec, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(sentenceWavs);
        ArgumentNullException.ThrowIfNull(pausesSec);
        if (sentenceWavs.Count == 0 || sentenceWavs.Count != pausesSec.Count)
        {
            throw new ArgumentException("One pause per sentence is needed, and at least one sentence.", nameof(pausesSec));
        }
        var args = new List<string>();
        foreach (var wav in sentenceWavs)
        {
            args.AddRange(["-i", wav]);
        }
        var graph = new StringBuilder();
        for (var i = 0; i < sentenceWavs.Count; i++)
        {
            var pad = pausesSec[i].ToString("0.###", CultureInfo.InvariantCulture);
            graph.Append(CultureInfo.InvariantCulture, $"[{i}:a]aresample=48000,aformat=sample_fmts=s16:channel_layouts=mono,apad=pad_dur={pad}[s{i}];");
        }
        for (var i = 0; i < sentenceWavs.Count; i++)
        {
            graph.Append(CultureInfo.InvariantCulture, $"[s{i}]");
        }
        graph.Append(CultureInfo.InvariantCulture, $"concat=n={sentenceWavs.Count}:v=0:a=1,asplit=2[narration][m];[m]ebur128=framelog=verbose[meter]");
        args.AddRange(["-filter_complex", graph.ToString(), "-map", "[narration]", "-c:a", "pcm_s16le", "-ar", "48000", "-ac", "1", outputPath, "-map", "[meter]", "-f", "null", "-"]);
        return args;
    }
}
