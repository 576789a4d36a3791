using System.Globalization;

namespace MediaJobs.Pipelines.Video.Captions;

/// <summary>Caption colours: <c>#RRGGBB</c>, <c>#RGB</c>, <c>rgb()</c> or a name (MoneyPrinter sends "#fff" and "Yellow"), and their ASS form.</summary>
public static class CaptionColors
{
    public static readonly IReadOnlyDictionary<string, string> Named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["white"] = "#FFFFFF",
        ["black"] = "#000000",
        ["yellow"] = "#FFFF00",
        ["gold"] = "#FFD60A",
        ["orange"] = "#FF9500",
        ["red"] = "#FF0000",
        ["pink"] = "#FF4FA3",
        ["magenta"] = "#FF00FF",
        ["purple"] = "#8E44FF",
        ["blue"] = "#0000FF",
        ["cyan"] = "#00FFFF",
        ["green"] = "#00FF00",
        ["lime"] = "#A8FF00",
        ["gray"] = "#808080",
        ["grey"] = "#808080",
    };

    /// <summary>
    /// <c>#RRGGBB</c> (upper case), or null when <paramref name="text"/> is not a colour. Read: <c>#RRGGBB</c>,
    /// <c>RRGGBB</c>, CSS's short <c>#RGB</c> (<c>#fff</c>), <c>rgb(r, g, b)</c>, the names of <see cref="Named"/>, then
    /// every other CSS named colour (<see cref="CssColorNames"/>).
    /// </summary>
    public static string? TryNormalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (Named.TryGetValue(t, out var named) || CssColorNames.All.TryGetValue(t, out named))
        {
            return named;
        }
        if (CssRgb.Read(t) is { } rgb)
        {
            return rgb;
        }
        var hex = t.StartsWith('#') ? t[1..] : t;
        if (hex.Length == 3 && t.StartsWith('#'))
        {
            hex = string.Concat(hex.Select(c => new string(c, 2)));
        }
        return hex.Length == 6 && hex.All(char.IsAsciiHexDigit)
            ? "#" + hex.ToUpperInvariant()
            : null;
    }

    /// <summary><c>#RRGGBB</c> → ASS <c>&amp;HAABBGGRR</c> with the given alpha (00 opaque, FF transparent).</summary>
    public static string ToAss(string rgb, int alpha = 0)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        return string.Create(CultureInfo.InvariantCulture, $"&H{alpha:X2}{rgb[5..7]}{rgb[3..5]}{rgb[1..3]}");
    }

    /// <summary>The inline override form, <c>&amp;HBBGGRR&amp;</c>.</summary>
    public static string ToAssInline(string rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        return $"&H{rgb[5..7]}{rgb[3..5]}{rgb[1..3]}&";
    }

    public static (byte R, byte G, byte B) ToRgb(string rgb)
    {
        ArgumentNullException.ThrowIfNull(rgb);
        var value = int.Parse(rgb[1..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return ((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
