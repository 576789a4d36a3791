using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Video;

/// <summary>Chooses the espeak-ng voice for a language tag or voice name. Pure.</summary>
internal static partial class EspeakVoices
{
    // espeak-ng voice names that carry a region; other languages use their primary subtag.
    private static readonly Dictionary<string, string> Regional = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en-us"] = "en-us",
        ["en-gb"] = "en-gb",
        ["en-ie"] = "en-gb",
        ["en-au"] = "en-gb",
        ["en-nz"] = "en-gb",
        ["fr-fr"] = "fr-fr",
        ["fr-be"] = "fr-be",
        ["fr-ch"] = "fr-ch",
        ["pt-br"] = "pt-br",
        ["pt-pt"] = "pt",
        ["es-mx"] = "es-419",
        ["es-419"] = "es-419",
        ["zh-cn"] = "cmn",
        ["zh-tw"] = "cmn",
    };

    private static readonly Dictionary<string, string> Primary = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "en-us",
        ["fr"] = "fr-fr",
        ["zh"] = "cmn",
    };

    /// <summary>The espeak-ng voice for a BCP 47 tag: en-US → en-us, de-DE → de, pt-BR → pt-br.</summary>
    public static string ForLanguage(string language)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var tag = language.Trim();
        if (Regional.TryGetValue(tag, out var regional))
        {
            return regional;
        }
        var primary = tag.Split('-')[0].ToLowerInvariant();
        return Primary.TryGetValue(primary, out var mapped) ? mapped : primary;
    }

    /// <summary>
    /// The voice to use, and a warning when a cloud voice name (en-US-JennyNeural) had to be
    /// replaced by the espeak-ng voice of its language.
    /// </summary>
    public static (string Voice, string? Warning) Resolve(string language, string? voiceName)
    {
        if (voiceName is null)
        {
            return (ForLanguage(language), null);
        }
        var cloud = CloudVoice().Match(voiceName);
        if (cloud.Success)
        {
            var voice = ForLanguage(cloud.Groups["lang"].Value);
            return (voice, $"Voice '{voiceName}' is a cloud voice; no cloud speech provider is configured, so the offline espeak-ng voice '{voice}' was used.");
        }
        return (voiceName, null);
    }

    [GeneratedRegex(@"^(?<lang>[a-z]{2,3}-[A-Z]{2})-[A-Za-z0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CloudVoice();
}
