using System.Text.RegularExpressions;
using MediaJobs.Core.Errors;

namespace MediaJobs.Pipelines.Documents.Extraction;

/// <summary>
/// A request's <c>language</c> as Tesseract's <c>-l</c> value: <c>en</c>/<c>de</c>/... are mapped to <c>eng</c>/<c>deu</c>/...;
/// <c>eng+deu</c> is allowed. Anything else that is not a plain code is refused (it reaches a command line).
/// </summary>
internal static partial class TesseractLanguage
{
    public static string FromRequest(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return "eng";
        }
        var parts = requested.Trim().ToLowerInvariant().Split('+');
        if (!parts.All(p => LanguagePattern().IsMatch(p)))
        {
            throw JobValidationException.InInput("language", _ => $"'language' must be a language code such as 'en', 'de' or 'eng+deu', not '{requested}'.");
        }
        return string.Join('+', parts.Select(p => p switch
        {
            "en" => "eng",
            "de" => "deu",
            "fr" => "fra",
            "es" => "spa",
            "it" => "ita",
            "nl" => "nld",
            "pt" => "por",
            _ => p,
        }));
    }

    [GeneratedRegex("^[a-z][a-z_]{1,15}$")]
    private static partial Regex LanguagePattern();
}
