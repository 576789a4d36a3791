using System.Globalization;
using System.Text;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>
/// Writes the ASS script libass burns in the mux pass (pure): the title card over the first seconds, the captions cue by
/// cue with the spoken word in the highlight colour (one event per word, so the colour moves exactly on each onset), and
/// the end card (the title again) over the end hold. PlayRes is the frame, so every size is in output pixels.
/// </summary>
internal static class AssCaptions
{
    /// <summary>The title card is up until this time (or a third of a short video).</summary>
    public const double TitleSec = 3.0;

    /// <summary>The end card starts this long after the last word, when the hold after it is at least <see cref="MinEndHoldSec"/>.</summary>
    public const double EndCardDelaySec = 0.15;

    public const double MinEndHoldSec = 0.8;

    public static string Build(CaptionStyle style, CaptionLayout layout, IReadOnlyList<BurnedCue> cues, string? title, double durationSec, double speechEndSec, string language)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(cues);
        var s = new StringBuilder();
        s.Append(CultureInfo.InvariantCulture, $"""
            [Script Info]
            ScriptType: v4.00+
            PlayResX: {layout.Width}
            PlayResY: {layout.Height}
            WrapStyle: 0
            ScaledBorderAndShadow: yes
            YCbCr Matrix: TV.709

            [V4+ Styles]
            Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding

            """);
        var (alignment, marginV) = Placement(style, layout);
        var outline = CaptionColors.ToAss("#000000");
        var shadow = CaptionColors.ToAss("#000000", 0x80);
        s.Append(CultureInfo.InvariantCulture, $"Style: Caption,{style.Font},{layout.FontSize},{CaptionColors.ToAss(style.Color)},{CaptionColors.ToAss(style.HighlightColor)},{outline},{shadow},-1,0,0,0,100,100,0,0,1,{N(layout.Outline)},{N(layout.Shadow)},{alignment},{layout.MarginSide},{layout.MarginSide},{marginV},1\n");
        // The title sits in the middle, or in the upper third when the captions take the middle.
        var (titleAlignment, titleMargin) = style.Position == CaptionPosition.Center ? (8, layout.MarginTop) : (5, 0);
        s.Append(CultureInfo.InvariantCulture, $"Style: Title,{style.Font},{layout.TitleSize},{CaptionColors.ToAss("#FFFFFF")},{CaptionColors.ToAss("#FFFFFF")},{outline},{shadow},-1,0,0,0,100,100,0,0,1,{N(layout.Outline * 1.4)},{N(layout.Shadow * 1.5)},{titleAlignment},{layout.MarginSide},{layout.MarginSide},{titleMargin},1\n");
        s.Append("\n[Events]\nFormat: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text\n");
        var culture = CultureOf(language);
        if (!string.IsNullOrWhiteSpace(title))
        {
            var titleEnd = Math.Min(TitleSec, durationSec / 3);
            Dialogue(s, 1, 0, titleEnd, "Title", @"{\fad(250,400)}" + Escape(title.Trim()));
            if (durationSec - speechEndSec >= MinEndHoldSec)
            {
                Dialogue(s, 1, speechEndSec + EndCardDelaySec, durationSec, "Title", @"{\fad(300,0)}" + Escape(title.Trim()));
            }
        }
        var highlight = CaptionColors.ToAssInline(style.HighlightColor);
        var primary = CaptionColors.ToAssInline(style.Color);
        foreach (var cue in cues)
        {
            var words = cue.Words.Select(w => Escape(Cased(w.Text, style.Case, culture))).ToList();
            for (var j = 0; j < words.Count; j++)
            {
                var start = j == 0 ? cue.StartSec : cue.Words[j].StartSec;
                var end = j == words.Count - 1 ? cue.EndSec : cue.Words[j + 1].StartSec;
                var text = string.Join(' ', words.Select((w, k) => k == j ? $@"{{\c{highlight}}}{w}{{\c{primary}}}" : w));
                Dialogue(s, 0, start, end, "Caption", text);
            }
        }
        return s.ToString();
    }

    /// <summary>ASS alignment (numpad layout) and vertical margin for the style's position.</summary>
    public static (int Alignment, int MarginV) Placement(CaptionStyle style, CaptionLayout layout)
    {
        ArgumentNullException.ThrowIfNull(style);
        ArgumentNullException.ThrowIfNull(layout);
        var column = style.Align switch
        {
            CaptionAlign.Left => 1,
            CaptionAlign.Right => 3,
            _ => 2,
        };
        return style.Position switch
        {
            CaptionPosition.Top => (column + 6, layout.MarginTop),
            CaptionPosition.Center => (column + 3, 0),
            _ => (column, layout.MarginBottom),
        };
    }

    /// <summary>h:mm:ss.cc, libass's time format.</summary>
    public static string Time(double seconds)
    {
        var cs = (long)Math.Round(Math.Max(0, seconds) * 100, MidpointRounding.AwayFromZero);
        return string.Create(CultureInfo.InvariantCulture, $"{cs / 360000}:{cs / 6000 % 60:00}:{cs / 100 % 60:00}.{cs % 100:00}");
    }

    /// <summary>Braces open override blocks and a backslash starts a tag: neither may reach libass from the script's text.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace('{', '(').Replace('}', ')').Replace('\\', '/').Replace('\n', ' ').Replace('\r', ' ');
    }

    private static void Dialogue(StringBuilder s, int layer, double start, double end, string style, string text)
    {
        if (end - start >= 0.01)
        {
            s.Append(CultureInfo.InvariantCulture, $"Dialogue: {layer},{Time(start)},{Time(end)},{style},,0,0,0,,{text}\n");
        }
    }

    private static string Cased(string text, CaptionCase @case, CultureInfo culture) => @case switch
    {
        CaptionCase.Upper => text.ToUpper(culture),
        CaptionCase.Lower => text.ToLower(culture),
        _ => text,
    };

    private static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
