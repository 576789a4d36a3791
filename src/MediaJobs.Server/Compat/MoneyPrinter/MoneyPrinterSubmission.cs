using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Seed 001's generate request as a video job. What MediaJobs cannot do was refused while reading it (YouTube upload,
/// downloading a songs zip); model choice, prompt and threads are ignored with a logged warning; subtitle placement and
/// colour become the burned captions' style; see docs/api.md.
/// </summary>
internal static class MoneyPrinterSubmission
{
    private const int SecondsPerParagraph = 20;

    /// <summary>The video job's inputs: a YouTube Short (1080×1920) with burned captions.</summary>
    public static JsonObject Inputs(MoneyPrinterGenerateRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var inputs = new JsonObject { ["topic"] = request.VideoSubject, ["aspect"] = "9:16", ["burnSubtitles"] = true };
        if (request.ParagraphNumber is { } paragraphs)
        {
            inputs["durationSec"] = paragraphs * SecondsPerParagraph;
        }
        if (request.Voice is { } voice)
        {
            inputs["language"] = LanguageOf(voice);
        }
        if (request.UseMusic is { } music)
        {
            inputs["music"] = music;
        }
        inputs["captions"] = request.CaptionStyle.DeepClone();
        return inputs;
    }

    public static JobSubmission ToSubmission(MoneyPrinterGenerateRequest request, string? correlationId) => new()
    {
        Type = Pipelines.Video.VideoPipeline.TypeName,
        Preset = "default",
        Input = Inputs(request),
        Options = new JsonObject { ["allowSkipUnavailable"] = true },
        CorrelationId = correlationId,
    };

    /// <summary>TikTok-style voice ids ("en_us_001", "de_001") carry the language; the rest is the speaker.</summary>
    internal static string LanguageOf(string voice)
    {
        var parts = voice.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[1].Length == 2 && char.IsLetter(parts[1][0])
            ? $"{parts[0].ToLowerInvariant()}-{parts[1].ToUpperInvariant()}"
            : parts.Length > 0 && parts[0].Length == 2 ? parts[0].ToLowerInvariant() : "en-US";
    }

    /// <summary>A JSON integer, or a string Python's <c>int()</c> reads (digits with an optional sign, spaces around).</summary>
    internal static int? WholeNumber(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Number when int.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        JsonValueKind.String when int.TryParse(node.GetValue<string>().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
