using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Auth;
using CorrelationId = MediaJobs.Server.Correlation.CorrelationId;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Seed 001's generate body mapped onto a video job. What MediaJobs cannot do is refused (YouTube
/// upload, downloading a songs zip) or ignored with a logged warning (model choice, prompt, threads); subtitle
/// placement and colour become the burned captions' style; see docs/api.md.
/// </summary>
internal sealed record MoneyPrinterRequest(JsonObject Inputs, string? Problem)
{
    private const int SecondsPerParagraph = 20;

    public static MoneyPrinterRequest Read(JsonObject body, ILogger logger)
    {
        if (body["videoSubject"] is not JsonValue subjectNode || subjectNode.GetValueKind() != JsonValueKind.String
            || subjectNode.GetValue<string>().Trim() is not { Length: > 0 } subject)
        {
            return Refuse("videoSubject is required.");
        }
        if (subject.Length > 500)
        {
            return Refuse("videoSubject must be at most 500 characters.");
        }
        if (IsTrue(body["automateYoutubeUpload"]))
        {
            return Refuse("automateYoutubeUpload is not supported: MediaJobs does not upload to YouTube. Download the video from resultPath and upload it yourself.");
        }
        if (body["zipUrl"] is JsonValue zip && zip.GetValueKind() == JsonValueKind.String && zip.GetValue<string>().Length > 0)
        {
            return Refuse("zipUrl is not supported: MediaJobs works offline with its own CC0 music library (set useMusic).");
        }
        // MoneyPrinter renders YouTube Shorts: 1080×1920 with burned captions.
        var inputs = new JsonObject { ["topic"] = subject, ["aspect"] = "9:16", ["burnSubtitles"] = true };
        if (body["paragraphNumber"] is { } paragraphs)
        {
            // The real page sends the form's string ("1"); the real backend does int(...), so "1" and " 2 " are numbers.
            if (WholeNumber(paragraphs) is not { } count || count is < 1 or > 10)
            {
                return Refuse("paragraphNumber must be a whole number from 1 to 10.");
            }
            inputs["durationSec"] = count * SecondsPerParagraph;
        }
        if (body["voice"] is JsonValue voice && voice.GetValueKind() == JsonValueKind.String)
        {
            inputs["language"] = LanguageOf(voice.GetValue<string>());
        }
        if (body["useMusic"] is { } music)
        {
            if (music.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False))
            {
                return Refuse("useMusic must be true or false.");
            }
            inputs["music"] = music.GetValue<bool>();
        }
        var (captions, captionProblem) = Captions(body);
        if (captionProblem is not null)
        {
            return Refuse(captionProblem);
        }
        inputs["captions"] = captions;
        foreach (var ignored in new[] { "aiModel", "customPrompt", "threads" })
        {
            if (body[ignored] is not null)
            {
                logger.LogWarning("Seed 001 field {Field} is accepted but ignored: MediaJobs decides it from its own configuration", ignored);
            }
        }
        return new MoneyPrinterRequest(inputs, null);
    }

    public JobSubmission ToSubmission(HttpContext http) => new()
    {
        Type = Pipelines.Video.VideoPipeline.TypeName,
        Preset = "default",
        Input = Inputs,
        Options = new JsonObject { ["allowSkipUnavailable"] = true },
        CorrelationId = CorrelationId.Get(http),
        Owner = http.GetCaller().Owner,
    };

    /// <summary>TikTok-style voice ids ("en_us_001", "de_001") carry the language; the rest is the speaker.</summary>
    internal static string LanguageOf(string voice)
    {
        var parts = voice.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[1].Length == 2 && char.IsLetter(parts[1][0])
            ? $"{parts[0].ToLowerInvariant()}-{parts[1].ToUpperInvariant()}"
            : parts.Length > 0 && parts[0].Length == 2 ? parts[0].ToLowerInvariant() : "en-US";
    }

    /// <summary>
    /// MoneyPrinter burns one colour (default yellow, no highlight) in short cues at <c>subtitlesPosition</c>
    /// "horizontal,vertical" (default "center,bottom"); both map onto <c>inputs.captions</c>.
    /// </summary>
    internal static (JsonObject? Style, string? Problem) Captions(JsonObject body)
    {
        var position = body["subtitlesPosition"] is JsonValue p && p.GetValueKind() == JsonValueKind.String ? p.GetValue<string>() : "center,bottom";
        var parts = position.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || parts[0].ToUpperInvariant() is not ("LEFT" or "CENTER" or "RIGHT") || parts[1].ToUpperInvariant() is not ("TOP" or "CENTER" or "BOTTOM"))
        {
            return (null, "subtitlesPosition must be \"horizontal,vertical\": left, center or right, then top, center or bottom (e.g. \"center,bottom\").");
        }
        var colorText = body["color"] is JsonValue c && c.GetValueKind() == JsonValueKind.String ? c.GetValue<string>() : "#FFFF00";
        if (Pipelines.Video.Captions.CaptionColors.TryNormalize(colorText) is not { } color)
        {
            return (null, "color must be a colour such as \"#FFFF00\" or \"Yellow\".");
        }
        return (new JsonObject
        {
            ["position"] = parts[1].ToLowerInvariant(),
            ["align"] = parts[0].ToLowerInvariant(),
            ["color"] = color,
            ["highlightColor"] = color,
            ["wordsPerCue"] = 2,
        }, null);
    }

    /// <summary>A JSON integer, or a string Python's <c>int()</c> reads (digits with an optional sign, spaces around).</summary>
    internal static int? WholeNumber(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Number when int.TryParse(node.ToJsonString(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        JsonValueKind.String when int.TryParse(node.GetValue<string>().Trim(), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };

    private static bool IsTrue(JsonNode? node) => node?.GetValueKind() == JsonValueKind.True;

    private static MoneyPrinterRequest Refuse(string problem) => new([], problem);
}
