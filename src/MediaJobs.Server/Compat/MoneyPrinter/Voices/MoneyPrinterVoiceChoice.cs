using System.Text.RegularExpressions;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Server.Compat.MoneyPrinter.Voices;

/// <summary>The narration a page voice id becomes: a language, a voice name, and what could not be kept (a job warning).</summary>
internal sealed partial record MoneyPrinterVoiceChoice(string Language, string? VoiceName, JobError? Notice)
{
    /// <summary>TikTok prefixes that are not language codes, as the real backend's subtitle step maps them.</summary>
    private static readonly Dictionary<string, string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["br"] = "pt-BR",
        ["jp"] = "ja-JP",
        ["kr"] = "ko-KR",
    };

    /// <summary>
    /// The page's voice: a voice configured for its id (<c>MediaJobs:Compat:MoneyPrinter:Voices:&lt;id&gt;</c>, e.g. a cloud
    /// voice) wins; else the table's espeak-ng voice. An empty voice is the real backend's default, <c>en_us_001</c>. An id
    /// the page does not offer speaks its prefix's language with that language's default voice, and says so.
    /// </summary>
    public static MoneyPrinterVoiceChoice For(string? id, IReadOnlyDictionary<string, string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var key = string.IsNullOrWhiteSpace(id) ? MoneyPrinterVoiceTable.DefaultId : id.Trim();
        var known = MoneyPrinterVoiceTable.Find(key);
        var language = known?.Language ?? LanguageOf(key);
        if (configured.TryGetValue(key, out var chosen) && !string.IsNullOrWhiteSpace(chosen))
        {
            return new(language, chosen.Trim(), null);
        }
        if (known is null)
        {
            return new(language, null, new JobError("VoiceUnknown",
                $"Voice '{key}' is not one of MoneyPrinter's voices: the default {language} espeak-ng voice speaks.",
                "Pick a voice the MoneyPrinter page offers, or map this id with MediaJobs:Compat:MoneyPrinter:Voices."));
        }
        return new(language, known.Espeak, known.Character is null ? null : new JobError("VoiceSubstituted",
            $"Voice '{known.Id}' ({known.Label}) is a TikTok voice with no offline equivalent: espeak-ng speaks it as '{known.Espeak}', {known.Character}.",
            $"Map '{known.Id}' to a cloud voice with MediaJobs:Compat:MoneyPrinter:Voices:{known.Id} (and configure that speech provider)."));
    }

    /// <summary>A language tag from an id's prefix: <c>de_003</c> → de, <c>es_mx_002</c> → es-MX, <c>br_002</c> → pt-BR; else en-US.</summary>
    internal static string LanguageOf(string id)
    {
        var parts = id.Split('_', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Letters().IsMatch(parts[0]))
        {
            return "en-US";
        }
        if (Prefixes.TryGetValue(parts[0], out var mapped))
        {
            return mapped;
        }
        var primary = parts[0].ToLowerInvariant();
        return parts.Length >= 2 && Letters().IsMatch(parts[1]) ? $"{primary}-{parts[1].ToUpperInvariant()}" : primary;
    }

    [GeneratedRegex("^[A-Za-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Letters();
}
