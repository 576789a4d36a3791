namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>
/// A <see cref="CaptionStyle"/> fitted to one frame (pure): pixel sizes, safe margins and cue lengths per aspect. Shorts
/// keep clear of the platforms' buttons and description (bottom ~22 %, top ~14 %) and show 1–3 words a cue; 16:9 shows a
/// line or two inside a 10 % title-safe frame.
/// </summary>
internal sealed record CaptionLayout(
    int Width, int Height, int FontSize, double Outline, double Shadow, int MarginSide, int MarginBottom, int MarginTop, int MaxWords, int MaxChars, int TitleSize)
{
    public static CaptionLayout For(CaptionStyle style, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(style);
        var scale = Math.Min(width, height) / 1080.0;
        var vertical = height > width * 1.2;
        var square = !vertical && width <= height * 1.2;
        var (size, words, chars, side, bottom, top) = vertical ? (80.0, 3, 22, 0.08, 0.22, 0.14)
            : square ? (70.0, 4, 28, 0.07, 0.12, 0.10)
            : (60.0, 12, 70, 0.10, 0.08, 0.08);
        var font = (int)Math.Round((style.Size ?? size) * scale);
        var outline = Math.Round((style.Stroke ?? Math.Max(3, size / 16)) * scale, 1);
        return new CaptionLayout(
            width, height, Math.Max(8, font), outline, Math.Round(Math.Max(outline * 0.5, scale), 1),
            (int)(width * side), (int)(height * bottom), (int)(height * top),
            style.WordsPerCue ?? words, style.WordsPerCue is null ? chars : int.MaxValue,
            Math.Max(10, (int)Math.Round(font * (vertical ? 1.35 : 1.6))));
    }
}
