using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using MediaJobs.Server.Compat.MoneyPrinter.Voices;

namespace MediaJobs.Server.Compat.MoneyPrinter;

/// <summary>
/// Seed 001's generate request as a video job: a YouTube Short (1080×1920) with burned captions. Every value the real
/// page sends is taken; what MediaJobs does differently is said in job warnings (<c>inputs.notices</c>, reported by the
/// video pipeline's script step), never a 400. The mapping per field is in docs/api.md.
/// </summary>
internal static class MoneyPrinterSubmission
{
    public const int SecondsPerParagraph = 20;

    /// <summary>The video pipeline's longest target (<c>durationSec</c> 1800): 90 paragraphs.</summary>
    public const int MaxParagraphs = 90;

    /// <summary>The video job's inputs. <paramref name="voices"/>: voice ids mapped by configuration (e.g. to cloud voices).</summary>
    public static JsonObject Inputs(MoneyPrinterGenerateRequest request, IReadOnlyDictionary<string, string>? voices = null, JobError? modelNotice = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var notices = new List<JobError>(request.Notices);
        if (modelNotice is not null)
        {
            notices.Add(modelNotice);
        }
        var inputs = new JsonObject { ["topic"] = request.VideoSubject, ["aspect"] = "9:16", ["burnSubtitles"] = true };
        if (request.ParagraphNumber is { } paragraphs)
        {
            if (paragraphs > MaxParagraphs)
            {
                notices.Add(MoneyPrinterNotices.ParagraphsCapped(paragraphs, MaxParagraphs));
            }
            inputs["durationSec"] = Math.Min(paragraphs, MaxParagraphs) * SecondsPerParagraph;
        }
        var voice = MoneyPrinterVoiceChoice.For(request.Voice, voices ?? new Dictionary<string, string>());
        inputs["language"] = voice.Language;
        if (voice.VoiceName is { } name)
        {
            inputs["voice"] = name;
        }
        if (voice.Notice is { } voiceNotice)
        {
            notices.Add(voiceNotice);
        }
        if (request.UseMusic is { } music)
        {
            inputs["music"] = music;
        }
        if (request.Threads is { } threads)
        {
            inputs["threads"] = threads;
        }
        inputs["captions"] = request.CaptionStyle.DeepClone();
        if (notices.Count > 0)
        {
            inputs["notices"] = new JsonArray([.. notices.Select(n => (JsonNode)new JsonObject
            {
                ["code"] = n.Code,
                ["message"] = n.Message,
                ["remediation"] = n.Remediation,
            })]);
        }
        return inputs;
    }

    /// <summary>
    /// The job. <c>allowSkipUnavailable</c>: what a local stand-in can do (an English script for a voice of another
    /// language, espeak-ng for a cloud voice without its key) is done with a warning, as the real backend keeps going.
    /// </summary>
    public static JobSubmission ToSubmission(MoneyPrinterGenerateRequest request, string? correlationId, IReadOnlyDictionary<string, string>? voices = null, JobError? modelNotice = null) => new()
    {
        Type = Pipelines.Video.VideoPipeline.TypeName,
        Preset = "default",
        Input = Inputs(request, voices, modelNotice),
        Options = new JsonObject { ["allowSkipUnavailable"] = true },
        CorrelationId = correlationId,
    };

    /// <summary>A JSON integer, or a string Python's <c>int()</c> reads (digits with an optional sign, spaces around).</summary>
    internal static int? WholeNumber(JsonNode node) => node.GetValueKind() switch
    {
        JsonValueKind.Number when int.TryParse(node.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        JsonValueKind.String when int.TryParse(node.GetValue<string>().Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
        _ => null,
    };
}
