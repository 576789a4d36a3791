using System.Text.RegularExpressions;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Voice names Aura Video Studio's pages send in <c>voiceSpec.voiceName</c> that are neither an espeak-ng voice nor an
/// Azure-style cloud voice (<c>en-US-JennyNeural</c>): Google-style <c>en-US-Standard-A</c>, Piper's <c>en_US-lessac-medium</c>,
/// <c>default</c>, or a provider's display name (<c>Microsoft David Desktop</c>, <c>Rachel</c>). Aura's backend hands them to
/// its own TTS providers; here they become the nearest espeak-ng voice: the language prefix of the name, else the brief's
/// language, with a warning saying so. Pure. (MoneyPrinter's voice names are mapped elsewhere, by their own surface.)
/// </summary>
internal static partial class AuraVoiceNames
{
    public const string WarningCode = "VoiceMapped";

    /// <summary>
    /// The voice to use for <paramref name="name"/>: itself when the pipeline already speaks it (<paramref name="known"/>),
    /// null for <c>default</c> (the language's own voice), else the nearest espeak-ng voice and a warning.
    /// </summary>
    public static (string? Voice, JobError? Warning) Map(string name, string language, Func<string, bool> known)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(known);
        var trimmed = name.Trim();
        if (trimmed.Length == 0 || trimmed.Equals("default", StringComparison.OrdinalIgnoreCase))
        {
            return (null, null);
        }
        if (known(trimmed))
        {
            return (trimmed, null);
        }
        var prefix = LanguagePrefix().Match(trimmed);
        var voice = EspeakVoices.ForLanguage(prefix.Success ? $"{prefix.Groups["lang"].Value}-{prefix.Groups["region"].Value}" : language);
        var from = prefix.Success ? "its language prefix" : $"the brief's language {language}";
        return (voice, new JobError(WarningCode,
            $"Voice '{trimmed}' is not a voice this server speaks; the espeak-ng voice '{voice}' (from {from}) was used instead.",
            "Give an espeak-ng voice (en-us, de, en-us+f3) or a configured cloud voice (en-US-JennyNeural) in voiceSpec.voiceName."));
    }

    [GeneratedRegex(@"^(?<lang>[A-Za-z]{2,3})[-_](?<region>[A-Za-z]{2})(?:$|[-_])", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePrefix();
}
