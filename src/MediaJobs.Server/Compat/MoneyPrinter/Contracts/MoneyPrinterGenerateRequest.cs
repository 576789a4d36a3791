namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Body of seed 001's <c>POST /api/generate</c> (documentation; read by hand so errors keep the seed's shape).</summary>
/// <param name="VideoSubject">The video's topic (1 to 500 characters).</param>
/// <param name="ParagraphNumber">1 to 10: about 20 s of narration per paragraph.</param>
/// <param name="Voice">A voice id like en_us_001 or de_001: its language is the narration's.</param>
/// <param name="UseMusic">Lay a music bed under the narration.</param>
/// <param name="AutomateYoutubeUpload">Only false: true is a 400 (MediaJobs does not upload to YouTube).</param>
/// <param name="ZipUrl">Only empty: a URL is a 400 (MediaJobs works offline with its own music).</param>
/// <param name="AiModel">Accepted and ignored (logged).</param>
/// <param name="CustomPrompt">Accepted and ignored (logged).</param>
/// <param name="Threads">Accepted and ignored (logged).</param>
/// <param name="SubtitlesPosition">Where the burned captions go: "horizontal,vertical", e.g. "center,bottom" (the default).</param>
/// <param name="Color">The burned captions' colour: "#RRGGBB" or a name such as "Yellow" (the default, #FFFF00).</param>
internal sealed record MoneyPrinterGenerateRequest(
    string VideoSubject,
    int? ParagraphNumber = null,
    string? Voice = null,
    bool? UseMusic = null,
    bool? AutomateYoutubeUpload = null,
    string? ZipUrl = null,
    string? AiModel = null,
    string? CustomPrompt = null,
    int? Threads = null,
    string? SubtitlesPosition = null,
    string? Color = null);
