using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Body of seed 001's <c>POST /api/generate</c>, read as the real backend reads it (see docs/api.md).</summary>
/// <param name="VideoSubject">The video's topic (1 to 500 characters).</param>
/// <param name="ParagraphNumber">1 to 10: about 20 s of narration per paragraph (a string such as "1" is read as the real backend's int() does).</param>
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
    string? Color = null)
    : ICompatRequest<MoneyPrinterGenerateRequest>
{
    private static readonly string[] IgnoredFields = ["aiModel", "customPrompt", "threads"];

    /// <summary>The burned captions' style the position and colour map onto.</summary>
    [JsonIgnore]
    public JsonObject CaptionStyle { get; private init; } = [];

    /// <summary>The fields sent that MediaJobs accepts but decides from its own configuration.</summary>
    [JsonIgnore]
    public IReadOnlyList<string> Ignored { get; private init; } = [];

    /// <summary>Each field checked in the real backend's order; the first one wrong is the 400.</summary>
    public static MoneyPrinterGenerateRequest Read(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body["videoSubject"] is not JsonValue subjectNode || subjectNode.GetValueKind() != JsonValueKind.String
            || subjectNode.GetValue<string>().Trim() is not { Length: > 0 } subject)
        {
            throw Refuse("videoSubject", "videoSubject is required.");
        }
        if (subject.Length > 500)
        {
            throw Refuse("videoSubject", "videoSubject must be at most 500 characters.");
        }
        if (body["automateYoutubeUpload"]?.GetValueKind() == JsonValueKind.True)
        {
            throw Refuse("automateYoutubeUpload", "automateYoutubeUpload is not supported: MediaJobs does not upload to YouTube. Download the video from resultPath and upload it yourself.");
        }
        var zipUrl = Text(body, "zipUrl");
        if (zipUrl is { Length: > 0 })
        {
            throw Refuse("zipUrl", "zipUrl is not supported: MediaJobs works offline with its own CC0 music library (set useMusic).");
        }
        int? paragraphs = null;
        if (body["paragraphNumber"] is { } paragraphNode)
        {
            // The real page sends the form's string ("1"); the real backend does int(...), so "1" and " 2 " are numbers.
            paragraphs = MoneyPrinterSubmission.WholeNumber(paragraphNode) is { } count and >= 1 and <= 10
                ? count
                : throw Refuse("paragraphNumber", "paragraphNumber must be a whole number from 1 to 10.");
        }
        bool? music = null;
        if (body["useMusic"] is { } musicNode)
        {
            music = musicNode.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? musicNode.GetValue<bool>()
                : throw Refuse("useMusic", "useMusic must be true or false.");
        }
        var (position, color) = (Text(body, "subtitlesPosition"), Text(body, "color"));
        var (style, captionField, captionProblem) = MoneyPrinterCaptions.Style(position, color);
        if (captionProblem is not null)
        {
            throw Refuse(captionField!, captionProblem);
        }
        return new MoneyPrinterGenerateRequest(
            subject,
            paragraphs,
            Text(body, "voice"),
            music,
            body["automateYoutubeUpload"]?.GetValueKind() == JsonValueKind.False ? false : null,
            zipUrl,
            Text(body, "aiModel"),
            Text(body, "customPrompt"),
            body["threads"] is { } threads ? MoneyPrinterSubmission.WholeNumber(threads) : null,
            position,
            color)
        {
            CaptionStyle = style!,
            Ignored = [.. IgnoredFields.Where(field => body[field] is not null)],
        };
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static RequestProblemException Refuse(string field, string message) => RequestProblemException.BadField(field, message);
}
