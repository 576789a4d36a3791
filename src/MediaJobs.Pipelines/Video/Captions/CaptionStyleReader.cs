using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>Reads <c>inputs.captions</c>; a value it cannot honour is a <see cref="JobValidationException"/> naming the field.</summary>
internal static class CaptionStyleReader
{
    private static readonly HashSet<string> Fields = new(StringComparer.Ordinal)
    {
        "position", "align", "font", "size", "color", "highlightColor", "stroke", "wordsPerCue", "case",
    };

    private static readonly Dictionary<string, CaptionPosition> Positions = VideoFields.Map(
        ("bottom", CaptionPosition.Bottom), ("center", CaptionPosition.Center), ("middle", CaptionPosition.Center), ("top", CaptionPosition.Top));

    private static readonly Dictionary<string, CaptionAlign> Aligns = VideoFields.Map(
        ("center", CaptionAlign.Center), ("left", CaptionAlign.Left), ("right", CaptionAlign.Right));

    private static readonly Dictionary<string, CaptionCase> Cases = VideoFields.Map(
        ("as-is", CaptionCase.AsIs), ("upper", CaptionCase.Upper), ("lower", CaptionCase.Lower));

    private static readonly Dictionary<string, string> FontNames = VideoFields.Map([.. CaptionStyle.Fonts.Select(f => (f, f))]);

    public static CaptionStyle Read(JsonObject? node, string prefix)
    {
        if (node is null)
        {
            return new CaptionStyle();
        }
        VideoFields.RejectUnknown(node, prefix, Fields);
        var reader = new InputReader(node, prefix);
        var style = new CaptionStyle();
        return style with
        {
            Position = VideoFields.Choice(node, prefix, "position", Positions, style.Position),
            Align = VideoFields.Choice(node, prefix, "align", Aligns, style.Align),
            Font = VideoFields.Choice(node, prefix, "font", FontNames, style.Font),
            Size = node.ContainsKey("size") ? reader.Number("size", 0, 12, 300) : null,
            Stroke = node.ContainsKey("stroke") ? reader.Number("stroke", 0, 0, 30) : null,
            WordsPerCue = node.ContainsKey("wordsPerCue") ? reader.Integer("wordsPerCue", 0, 1, 20) : null,
            Color = Color(node, prefix, "color") ?? style.Color,
            HighlightColor = Color(node, prefix, "highlightColor") ?? style.HighlightColor,
            Case = VideoFields.Choice(node, prefix, "case", Cases, style.Case),
        };
    }

    private static string? Color(JsonObject node, string prefix, string name)
    {
        if (VideoFields.Text(node, prefix, name, 30) is not { } text)
        {
            return null;
        }
        return CaptionColors.TryNormalize(text)
            ?? throw InputReader.Refuse(prefix, name, $"must be a colour \"#RRGGBB\" or one of {string.Join(", ", CaptionColors.Named.Keys)}, not '{text}'.");
    }
}
