namespace MediaJobs.Server.Compat.MoneyPrinter.Voices;

/// <summary>One voice of MoneyPrinter's page (a TikTok voice id) and the offline voice that speaks for it.</summary>
/// <param name="Id">The id the page sends (<c>fr_001</c>).</param>
/// <param name="Label">The page's label, with its group (<c>French · Male 1</c>).</param>
/// <param name="Language">The BCP 47 tag of its language (<c>fr-FR</c>; the page's <c>br</c> is Brazilian Portuguese, <c>jp</c> Japanese, <c>kr</c> Korean).</param>
/// <param name="Espeak">The espeak-ng voice and variant of that language (<c>fr-fr+m1</c>).</param>
/// <param name="Character">
/// For a character, singing or effect voice: what espeak-ng cannot do about it (said in a job warning). Null for a plain voice.
/// </param>
internal sealed record MoneyPrinterVoice(string Id, string Label, string Language, string Espeak, string? Character = null);
