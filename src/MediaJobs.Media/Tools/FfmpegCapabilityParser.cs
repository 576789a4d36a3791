namespace MediaJobs.Media.Tools;

/// <summary>Pure parsers for <c>ffmpeg -hide_banner -encoders</c> and <c>-filters</c> listings.</summary>
public static class FfmpegCapabilityParser
{
    /// <summary>Encoder names from lines like <c> V....D libx264   libx264 H.264 ...</c> after the <c>------</c> rule.</summary>
    public static IReadOnlySet<string> ParseEncoders(string listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var inBody = false;
        foreach (var raw in listing.Split('\n'))
        {
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tokens.Length == 1 && tokens[0].StartsWith("---", StringComparison.Ordinal))
            {
                inBody = true;
            }
            else if (inBody && tokens.Length >= 2 && tokens[0].Length == 6 && "VAS".Contains(tokens[0][0], StringComparison.Ordinal))
            {
                names.Add(tokens[1]);
            }
        }

        return names;
    }

    /// <summary>Filter names from lines like <c> ..C acompressor  A->A  Audio compressor.</c></summary>
    public static IReadOnlySet<string> ParseFilters(string listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in listing.Split('\n'))
        {
            var tokens = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (tokens.Length >= 3 && tokens[0].Length == 3 && tokens[2].Contains("->", StringComparison.Ordinal))
            {
                names.Add(tokens[1]);
            }
        }

        return names;
    }
}
