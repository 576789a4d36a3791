namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>
/// How burned captions look (<c>inputs.captions</c>). Sizes are pixels of a frame whose short side is 1080 and scale with
/// the frame; null sizes and <see cref="WordsPerCue"/> take the aspect's defaults (<see cref="CaptionLayout"/>).
/// Colours are <c>#RRGGBB</c>.
/// </summary>
public sealed record CaptionStyle
{
    public const string DefaultFont = "Inter";

    /// <summary>Fonts installed by <c>scripts/setup</c> (Debian's fonts-inter, fonts-roboto, fonts-dejavu-core, fonts-noto-core, fonts-liberation2).</summary>
    public static readonly IReadOnlyList<string> Fonts = [DefaultFont, "Roboto", "DejaVu Sans", "Noto Sans", "Liberation Sans"];

    public CaptionPosition Position { get; init; } = CaptionPosition.Bottom;
    public CaptionAlign Align { get; init; } = CaptionAlign.Center;
    public string Font { get; init; } = DefaultFont;
    public double? Size { get; init; }
    public string Color { get; init; } = "#FFFFFF";

    /// <summary>The word being spoken; the same as <see cref="Color"/> turns highlighting off.</summary>
    public string HighlightColor { get; init; } = "#FFD60A";

    /// <summary>Black outline width; a soft shadow of half of it is added so the text reads on any b-roll.</summary>
    public double? Stroke { get; init; }

    public int? WordsPerCue { get; init; }
    public CaptionCase Case { get; init; } = CaptionCase.AsIs;
}
