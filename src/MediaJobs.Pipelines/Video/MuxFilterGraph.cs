using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Pure builder of the mux pass's <c>filter_complex</c>: every shot fitted to the frame with slow motion,
/// shots cross-faded where they overlap and concatenated, fade in/out, then the ASS script (title card, captions, end card) through libass; the voice over a ducked music bed,
/// loudness-normalised to about −14 LUFS.
/// </summary>
internal static class MuxFilterGraph
{
    public const double TargetLufs = -14;
    public const double MusicVolume = 0.35;

    /// <summary>Length each shot's input must have: its span plus half of each cross-fade it takes part in.</summary>
    public static double InputLength(BrollPlan plan, int index)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var segment = plan.Segments[index];
        var fadeOut = index + 1 < plan.Segments.Count ? plan.Segments[index + 1].TransitionSec : 0;
        return segment.DurationSec + (segment.TransitionSec / 2) + (fadeOut / 2);
    }

    /// <summary>
    /// Each shot is split into head, body and tail at the clip's own size, and each part is fitted to the frame (scale,
    /// pan) on its own: only a tail and the next head (the overlap, a few tenths of a second) go through <c>xfade</c>, and
    /// everything is joined by one <c>concat</c>. Chaining xfade over whole shots would blend-or-copy every frame through
    /// every transition; splitting after the scale would keep each full-size frame shared with the other parts, so libass
    /// would copy every frame before drawing on it. The pan reads the shot's own clock (<c>t</c> before the reset), so it
    /// runs on across the parts.
    /// </summary>
    public static string Video(BrollPlan plan, string? burnFile)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var g = new StringBuilder();
        var joined = new List<string>();
        var count = plan.Segments.Count;
        for (var k = 0; k < count; k++)
        {
            var length = InputLength(plan, k);
            var head = k > 0 ? plan.Segments[k].TransitionSec : 0;
            var tail = k + 1 < count ? plan.Segments[k + 1].TransitionSec : 0;
            var motion = plan.Segments[k].Motion;
            g.Append(Inv($"[{k}:v]fps={N(plan.Fps)},split={1 + (head > 0 ? 1 : 0) + (tail > 0 ? 1 : 0)}"));
            g.Append(head > 0 ? Inv($"[hs{k}]") : "").Append(Inv($"[bs{k}]")).Append(tail > 0 ? Inv($"[ts{k}]") : "").Append(';');
            if (head > 0)
            {
                g.Append(Inv($"[hs{k}]trim=end={N(head)},{Fit(plan, motion, length, 0)},setpts=PTS-STARTPTS[h{k}];"));
                var incoming = plan.Segments[k];
                g.Append(Inv($"[t{k - 1}][h{k}]xfade=transition={incoming.TransitionIn}:duration={N(head)}:offset=0[x{k}];"));
                joined.Add(Inv($"[x{k}]"));
            }
            g.Append(Inv($"[bs{k}]trim=start={N(head)}:end={N(length - tail)},{Fit(plan, motion, length, head)},setpts=PTS-STARTPTS[b{k}];"));
            joined.Add(Inv($"[b{k}]"));
            if (tail > 0)
            {
                g.Append(Inv($"[ts{k}]trim=start={N(length - tail)},{Fit(plan, motion, length, length - tail)},setpts=PTS-STARTPTS[t{k}];"));
            }
        }
        var fadeOut = Math.Max(0, plan.DurationSec - 0.5);
        g.Append(string.Concat(joined)).Append(Inv($"concat=n={joined.Count}:v=1:a=0,"));
        g.Append(Inv($"fade=t=in:st=0:d=0.4,fade=t=out:st={N(fadeOut)}:d=0.5"));
        if (burnFile is not null)
        {
            // Last, on the finished frames: libass draws each changed caption once and blends it; the fades do not dim it.
            g.Append(Inv($",ass=filename={burnFile}"));
        }
        g.Append("[vout]");
        return g.ToString();
    }

    /// <summary>
    /// Voice (input <paramref name="voiceInput"/>) over the bed (input <paramref name="musicInput"/>, ducked by the voice),
    /// brought to <see cref="TargetLufs"/>: with the voice's measured loudness a plain gain and a −1 dBFS peak limiter
    /// (the voice dominates the mix); without it, single-pass <c>loudnorm</c>.
    /// </summary>
    public static string Audio(int voiceInput, int? musicInput, double durationSec, double? voiceLufs = null)
    {
        const string Format = "aformat=sample_fmts=fltp:sample_rates=48000:channel_layouts=stereo";
        var loudness = voiceLufs is { } measured
            ? Inv($"volume={N(Math.Clamp(TargetLufs - measured, -20, 30))}dB,alimiter=limit=0.891:level=disabled")
            : Inv($"loudnorm=I={N(TargetLufs)}:TP=-1.5:LRA=11,aresample=48000");
        if (musicInput is not { } m)
        {
            return Inv($"[{voiceInput}:a]{Format},{loudness}[aout]");
        }
        return Inv($"[{voiceInput}:a]{Format},asplit=2[voice][key];")
            + Inv($"[{m}:a]atrim=duration={N(durationSec)},asetpts=PTS-STARTPTS,{Format},volume={N(MusicVolume)},afade=t=out:st={N(Math.Max(0, durationSec - 1.5))}:d=1.5[bed];")
            + "[bed][key]sidechaincompress=threshold=0.02:ratio=8:attack=20:release=400[ducked];"
            + Inv($"[voice][ducked]amix=inputs=2:duration=first:normalize=0,{loudness}[aout]");
    }

    /// <summary>The size a shot is scaled to before the pan crops the frame out of it: 15 % larger than the frame, even.</summary>
    public static (int Width, int Height) CoverSize(int width, int height) => (Even(width * 1.15), Even(height * 1.15));

    /// <summary>
    /// Fits a shot to the frame (cover, then crop) with a slow pan or zoom over <paramref name="length"/> seconds: one scale
    /// per frame, then the crop only moves a window over it.
    /// </summary>
    /// <param name="fromSec">Where in the shot this part starts: zoompan counts its own output frames, so its zoom starts there.</param>
    public static string Motion(BrollPlan plan, string motion, double length, double fromSec)
    {
        ArgumentNullException.ThrowIfNull(plan);
        int w = plan.Width, h = plan.Height;
        var (cw, ch) = CoverSize(w, h);
        var cover = Inv($"scale={cw}:{ch}:force_original_aspect_ratio=increase");
        var l = N(Math.Max(0.1, length));
        return motion switch
        {
            "pan-left" => Inv($"{cover},crop={w}:{h}:x='(iw-ow)*(1-t/{l})':y='(ih-oh)/2'"),
            "pan-up" => Inv($"{cover},crop={w}:{h}:x='(iw-ow)/2':y='(ih-oh)*(1-t/{l})'"),
            "pan-down" => Inv($"{cover},crop={w}:{h}:x='(iw-ow)/2':y='(ih-oh)*t/{l}'"),
            "zoom-in" => Inv($"scale={w}:{h}:force_original_aspect_ratio=increase,crop={w}:{h},zoompan=z='1+0.15*{ZoomFrame(plan, fromSec)}/{Math.Max(1, (int)Math.Round(length * plan.Fps))}':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=1:s={w}x{h}:fps={N(plan.Fps)}"),
            _ => Inv($"{cover},crop={w}:{h}:x='(iw-ow)*t/{l}':y='(ih-oh)/2'"),
        };
    }

    /// <summary>One part of a shot fitted to the frame: motion, square pixels, 4:2:0.</summary>
    private static string Fit(BrollPlan plan, string motion, double length, double fromSec) =>
        Inv($"{Motion(plan, motion, length, fromSec)},setsar=1,format=yuv420p");

    private static string ZoomFrame(BrollPlan plan, double fromSec)
    {
        var first = (int)Math.Round(fromSec * plan.Fps);
        return first == 0 ? "on" : Inv($"(on+{first})");
    }

    public static string N(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);

    private static int Even(double value) => (int)Math.Ceiling(value / 2) * 2;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
