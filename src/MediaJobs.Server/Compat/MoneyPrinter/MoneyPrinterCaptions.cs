using System.Text.Json;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// MoneyPrinter burns one colour (default yellow, no highlight) in short cues at <c>subtitlesPosition</c>
/// "horizontal,vertical" (default "center,bottom"); both map onto <c>inputs.captions</c>.
/// </summary>
internal static class MoneyPrinterCaptions
{
    /// <summary>The caption style, or the field that cannot be drawn and why.</summary>
    public static (JsonObject? Style, string? Field, string? Problem) Style(string? position, string? color)
    {
        var parts = (position ?? "center,bottom").Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].ToUpperInvariant() is not ("LEFT" or "CENTER" or "RIGHT") || parts[1].ToUpperInvariant() is not ("TOP" or "CENTER" or "BOTTOM"))
        {
            return (null, "subtitlesPosition", "subtitlesPosition must be \"horizontal,vertical\": left, center or right, then top, center or bottom (e.g. \"center,bottom\").");
        }
        if (Pipelines.Video.Captions.CaptionColors.TryNormalize(color ?? "#FFFF00") is not { } normalized)
        {
            return (null, "color", "color must be a CSS colour such as \"#FFFF00\", \"#fff\", \"yellow\" or \"rgb(255, 255, 0)\".");
        }
        return (new JsonObject
        {
            ["position"] = parts[1].ToLowerInvariant(),
            ["align"] = parts[0].ToLowerInvariant(),
            ["color"] = normalized,
            ["highlightColor"] = normalized,
            ["wordsPerCue"] = 2,
        }, null, null);
    }

    /// <summary>The style of a generate body's <c>subtitlesPosition</c> and <c>color</c> (strings; anything else is the default).</summary>
    public static (JsonObject? Style, string? Problem) FromBody(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (style, _, problem) = Style(Text(body, "subtitlesPosition"), Text(body, "color"));
        return (style, problem);
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
}
