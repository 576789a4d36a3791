namespace MediaJobs.Server.Compat.MoneyPrinter.Voices;

/// <summary>
/// Every voice MoneyPrinter's page offers (Frontend/index.html, the same list as its Backend/tiktokvoice.py), mapped to
/// an espeak-ng voice of its language: the gender kept by espeak-ng's variants (<c>+f2</c>…<c>+f4</c> female,
/// <c>+m1</c>…<c>+m7</c> male). Character, singing and effect voices get the nearest variant and a warning.
/// </summary>
internal static class MoneyPrinterVoiceTable
{
    public static IReadOnlyList<MoneyPrinterVoice> All { get; } =
    [
        new("en_us_ghostface", "Character · Ghost Face", "en-US", "en-us+whisper", "a whispered voice"),
        new("en_us_chewbacca", "Character · Chewbacca", "en-US", "en-us+croak", "a croaking voice"),
        new("en_us_c3po", "Character · C3PO", "en-US", "en-us+klatt", "a robotic (Klatt) voice"),
        new("en_us_stitch", "Character · Stitch", "en-US", "en-us+f5", "a high voice"),
        new("en_us_stormtrooper", "Character · Stormtrooper", "en-US", "en-us+m7", "a low male voice"),
        new("en_us_rocket", "Character · Rocket", "en-US", "en-us+m4", "a male voice"),
        new("en_au_001", "English (AU) · Female", "en-AU", "en-gb+f3"),
        new("en_au_002", "English (AU) · Male", "en-AU", "en-gb+m3"),
        new("en_uk_001", "English (UK) · Male 1", "en-GB", "en-gb+m1"),
        new("en_uk_003", "English (UK) · Male 2", "en-GB", "en-gb+m3"),
        new("en_us_001", "English (US) · Female 1", "en-US", "en-us+f3"),
        new("en_us_002", "English (US) · Female 2", "en-US", "en-us+f4"),
        new("en_us_006", "English (US) · Male 1", "en-US", "en-us+m1"),
        new("en_us_007", "English (US) · Male 2", "en-US", "en-us+m2"),
        new("en_us_009", "English (US) · Male 3", "en-US", "en-us+m3"),
        new("en_us_010", "English (US) · Male 4", "en-US", "en-us+m4"),
        new("fr_001", "French · Male 1", "fr-FR", "fr-fr+m1"),
        new("fr_002", "French · Male 2", "fr-FR", "fr-fr+m3"),
        new("de_001", "German · Female", "de-DE", "de+f3"),
        new("de_002", "German · Male", "de-DE", "de+m3"),
        new("es_002", "Spanish · Male", "es-ES", "es+m3"),
        new("es_mx_002", "Spanish · Mexican Male", "es-MX", "es-419+m3"),
        new("br_001", "Portuguese (BR) · Female 1", "pt-BR", "pt-br+f3"),
        new("br_003", "Portuguese (BR) · Female 2", "pt-BR", "pt-br+f4"),
        new("br_004", "Portuguese (BR) · Female 3", "pt-BR", "pt-br+f2"),
        new("br_005", "Portuguese (BR) · Male", "pt-BR", "pt-br+m3"),
        new("id_001", "Indonesian · Female", "id-ID", "id+f3"),
        new("jp_001", "Japanese · Female 1", "ja-JP", "ja+f3"),
        new("jp_003", "Japanese · Female 2", "ja-JP", "ja+f4"),
        new("jp_005", "Japanese · Female 3", "ja-JP", "ja+f2"),
        new("jp_006", "Japanese · Male", "ja-JP", "ja+m3"),
        new("kr_002", "Korean · Male 1", "ko-KR", "ko+m3"),
        new("kr_003", "Korean · Female", "ko-KR", "ko+f3"),
        new("kr_004", "Korean · Male 2", "ko-KR", "ko+m1"),
        new("en_female_f08_salut_damour", "Singing · Alto", "en-US", "en-us+f2", "a spoken (not sung) female voice"),
        new("en_male_m03_lobby", "Singing · Tenor", "en-US", "en-us+m2", "a spoken (not sung) male voice"),
        new("en_female_f08_warmy_breeze", "Singing · Warmy Breeze", "en-US", "en-us+f4", "a spoken (not sung) female voice"),
        new("en_male_m03_sunshine_soon", "Singing · Sunshine Soon", "en-US", "en-us+m5", "a spoken (not sung) male voice"),
        new("en_male_narration", "Effects · Narrator", "en-US", "en-us+m1", "a plain male voice"),
        new("en_male_funny", "Effects · Wacky", "en-US", "en-us+m6", "a plain male voice"),
        new("en_female_emotional", "Effects · Peaceful", "en-US", "en-us+f4", "a plain female voice"),
    ];

    /// <summary>The page's default when no voice is sent (the real backend's fallback, <c>en_us_001</c>).</summary>
    public const string DefaultId = "en_us_001";

    private static readonly Dictionary<string, MoneyPrinterVoice> ById = All.ToDictionary(v => v.Id, StringComparer.OrdinalIgnoreCase);

    public static MoneyPrinterVoice? Find(string id) => ById.GetValueOrDefault(id.Trim());
}
