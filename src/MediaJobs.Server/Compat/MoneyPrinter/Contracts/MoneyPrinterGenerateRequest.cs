using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MediaJobs.Core.Jobs;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat.MoneyPrinter.Contracts;

/// <summary>Body of seed 001's <c>POST /api/generate</c>, read as the real backend reads it (see docs/api.md).</summary>
/// <param name="VideoSubject">The video's topic (1 to 500 characters).</param>
/// <param name="ParagraphNumber">1 or more (the page offers 1 to 100): about 20 s of narration per paragraph, at most 1800 s (a string such as "1" is read as the real backend's int() does).</param>
/// <param name="Voice">One of the page's voice ids (en_us_001, fr_001, br_003, jp_006…): its language and an espeak-ng voice of it (docs/api.md lists each).</param>
/// <param name="UseMusic">Lay a music bed under the narration.</param>
/// <param name="AutomateYoutubeUpload">True is accepted with a job warning: MediaJobs does not upload to YouTube (as the real backend without client_secret.json).</param>
/// <param name="ZipUrl">A URL is accepted with a job warning: it is not downloaded (the songs come from /api/upload-songs or the generated bed).</param>
/// <param name="AiModel">One of /api/models; another name is a job warning (the server's configured writer writes).</param>
/// <param name="CustomPrompt">A prompt is a job warning: the script writers take the subject, not a prompt. Empty: nothing.</param>
/// <param name="Threads">The encoder's threads (1 to 100; more is capped with a warning; empty or 0: the encoder decides).</param>
/// <param name="SubtitlesPosition">Where the burned captions go: "horizontal,vertical", e.g. "center,bottom" (the default).</param>
/// <param name="Color">The burned captions' colour: any CSS colour ("#FFFF00", "#fff", "yellow", "rgb(255, 255, 0)"); default #FFFF00.</param>
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
    public const int MaxThreads = 100;

    /// <summary>The burned captions' style the position and colour map onto.</summary>
    [JsonIgnore]
    public JsonObject CaptionStyle { get; private init; } = [];

    /// <summary>What was accepted but cannot be done as the real backend does it: job warnings, in the job's events.</summary>
    [JsonIgnore]
    public IReadOnlyList<JobError> Notices { get; private init; } = [];

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
        var notices = new List<JobError>();
        var youtube = body["automateYoutubeUpload"]?.GetValueKind() switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => (bool?)null,
        };
        if (youtube == true)
        {
            notices.Add(MoneyPrinterNotices.YoutubeUpload);
        }
        var zipUrl = Text(body, "zipUrl");
        if (!string.IsNullOrWhiteSpace(zipUrl))
        {
            notices.Add(MoneyPrinterNotices.ZipUrl);
        }
        int? paragraphs = null;
        if (body["paragraphNumber"] is { } paragraphNode)
        {
            // The real page sends the form's string ("1"); the real backend does int(...), so "1" and " 2 " are numbers.
            paragraphs = MoneyPrinterSubmission.WholeNumber(paragraphNode) is { } count and >= 1
                ? count
                : throw Refuse("paragraphNumber", "paragraphNumber must be a whole number of at least 1.");
        }
        bool? music = null;
        if (body["useMusic"] is { } musicNode)
        {
            music = musicNode.GetValueKind() is JsonValueKind.True or JsonValueKind.False
                ? musicNode.GetValue<bool>()
                : throw Refuse("useMusic", "useMusic must be true or false.");
        }
        var threads = ReadThreads(body, notices);
        var (position, color) = (Text(body, "subtitlesPosition"), Text(body, "color"));
        var (style, captionField, captionProblem) = MoneyPrinterCaptions.Style(position, color);
        if (captionProblem is not null)
        {
            throw Refuse(captionField!, captionProblem);
        }
        var prompt = Text(body, "customPrompt");
        if (!string.IsNullOrWhiteSpace(prompt))
        {
            notices.Add(MoneyPrinterNotices.CustomPrompt);
        }
        return new MoneyPrinterGenerateRequest(subject, paragraphs, Text(body, "voice"), music, youtube, zipUrl, Text(body, "aiModel"), prompt, threads, position, color)
        {
            CaptionStyle = style!,
            Notices = notices,
        };
    }

    /// <summary>The page sends the input's string; empty or 0 is the encoder's own choice (the real backend's <c>threads or 2</c>).</summary>
    private static int? ReadThreads(JsonObject body, List<JobError> notices)
    {
        if (body["threads"] is not { } node || (node.GetValueKind() == JsonValueKind.String && string.IsNullOrWhiteSpace(node.GetValue<string>())) || node.GetValueKind() == JsonValueKind.Null)
        {
            return null;
        }
        var threads = MoneyPrinterSubmission.WholeNumber(node) is { } n and >= 0
            ? n
            : throw Refuse("threads", $"threads must be a whole number from 1 to {MaxThreads}.");
        if (threads > MaxThreads)
        {
            notices.Add(MoneyPrinterNotices.ThreadsCapped(threads));
            return MaxThreads;
        }
        return threads == 0 ? null : threads;
    }

    private static string? Text(JsonObject body, string name) =>
        body[name] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static RequestProblemException Refuse(string field, string message) => RequestProblemException.BadField(field, message);
}
