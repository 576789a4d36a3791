using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// The values Aura Video Studio's own pages put in the legacy body (Aura.Web CreateWizard.tsx, CreatePage.tsx,
/// wizardService.ts), read as its backend reads them; where this server cannot do the same, the closest thing and a
/// warning (emitted by the script step). docs/api.md, "Aura's values", lists every mapping.
/// </summary>
internal static partial class VideoRequestParser
{
    public const string InputWarningCode = "InputMapped";

    /// <summary>Aura's <c>PauseStyle</c> (Natural, Short, Long, Dramatic) as multipliers of the pause between sentences.</summary>
    private static readonly Dictionary<string, double> PauseStyles = VideoFields.Map(
        ("Natural", 1.0), ("Short", 0.5), ("Long", 1.5), ("Dramatic", 2.5));

    /// <summary>Pause words Aura's pages send that its own enum lacks; its backend reads them as Natural.</summary>
    private static readonly Dictionary<string, double> PauseAliases = VideoFields.Map(("Medium", 1.0), ("Normal", 1.0));

    /// <summary>Language names (wizardService.ts sends "English") and the tag each stands for.</summary>
    private static readonly Dictionary<string, string> LanguageNames = VideoFields.Map(
        ("English", "en-US"), ("Spanish", "es-ES"), ("French", "fr-FR"), ("German", "de-DE"), ("Italian", "it-IT"),
        ("Portuguese", "pt-BR"), ("Dutch", "nl-NL"), ("Polish", "pl-PL"), ("Russian", "ru-RU"), ("Japanese", "ja-JP"),
        ("Chinese", "zh-CN"), ("Korean", "ko-KR"), ("Arabic", "ar-SA"), ("Hindi", "hi-IN"), ("Turkish", "tr-TR"), ("Swedish", "sv-SE"));

    private static readonly Dictionary<string, string?> ImageProviders = VideoFields.Map<string?>(
        ("Pexels", "pexels"), ("Local", "user"), ("LocalAssets", "user"), ("Generated", "generated"), ("Slideshow", "generated"));

    private static JobError Note(string message, string? remediation = null) => new(InputWarningCode, message, remediation);

    /// <summary>A pause multiplier (0–5) or one of Aura's pause styles; another word is read as Natural, as Aura does, with a warning.</summary>
    private static double ReadPause(JsonObject node, string prefix, double fallback, List<JobError> notes)
    {
        if (node["pause"] is not { } value || value.GetValueKind() != JsonValueKind.String)
        {
            return new InputReader(node, prefix).Number("pause", fallback, 0, 5);
        }
        var word = value.GetValue<string>().Trim();
        if (PauseStyles.TryGetValue(word, out var multiplier))
        {
            return multiplier;
        }
        notes.Add(Note($"'{prefix}pause' '{word}' is not one of Natural, Short, Long, Dramatic; read as Natural (pause ×1.0), as Aura's backend does."));
        return PauseAliases.GetValueOrDefault(word, 1.0);
    }

    /// <summary>
    /// Seed 000's pitch is a multiplier (0.5–2.0, 1.0 normal); Aura's pages send an offset (0.0 normal, negative lower):
    /// a value below 0.5 is read as that offset, multiplier 1 + offset / 2 (−1 → 0.5).
    /// </summary>
    private static double ReadPitch(JsonObject node, string prefix, double fallback, List<JobError> notes)
    {
        var pitch = new InputReader(node, prefix).Number("pitch", double.NaN, -1.0, 2.0);
        if (double.IsNaN(pitch))
        {
            return fallback;
        }
        if (pitch >= 0.5)
        {
            return pitch;
        }
        var multiplier = Math.Round(1 + (pitch / 2), 3);
        if (pitch != 0)
        {
            notes.Add(Note($"'{prefix}pitch' {pitch.ToString(CultureInfo.InvariantCulture)} read as a pitch offset (Aura's scale, 0 = normal): pitch ×{multiplier.ToString(CultureInfo.InvariantCulture)}."));
        }
        return multiplier;
    }

    /// <summary><c>res</c> as text ("1080p", "1920x1080") or as Aura's object <c>{"width":1920,"height":1080}</c>, as text.</summary>
    private static string? ReadRes(JsonObject node, string prefix, string name)
    {
        if (node[name] is not { } value || value.GetValueKind() != JsonValueKind.Object)
        {
            return VideoFields.Text(node, prefix, name, 20);
        }
        var size = new InputReader(value.AsObject(), prefix + name + ".");
        var width = size.Integer("width", 0, 16, 7680);
        var height = size.Integer("height", 0, 16, 7680);
        return width == 0 || height == 0
            ? throw InputReader.Refuse(prefix, name, "as an object needs both 'width' and 'height'.")
            : string.Create(CultureInfo.InvariantCulture, $"{width}x{height}");
    }

    /// <summary>The output is always MP4 (H.264/HEVC/AV1 + AAC + subtitles); another container Aura offers is noted.</summary>
    private static void ReadContainer(JsonObject node, string prefix, List<JobError> notes)
    {
        var container = VideoFields.Text(node, prefix, "container", 20)?.Trim();
        if (container is null || container.Equals("mp4", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }
        if (container is not ("webm" or "mov" or "mkv" or "WEBM" or "MOV" or "MKV"))
        {
            throw InputReader.Refuse(prefix, "container", $"must be one of mp4, webm, mov, mkv, not '{container}'.");
        }
        notes.Add(Note($"'{prefix}container' '{container}': this server writes MP4 only; the output is an MP4 file.", "Convert the MP4 if you need another container."));
    }

    /// <summary>A language tag, or a language's English name (wizardService.ts sends "English"), as a tag.</summary>
    private static string? ReadLanguageName(string? language, string field, List<JobError> notes)
    {
        if (language is null || !LanguageNames.TryGetValue(language, out var tag))
        {
            return language;
        }
        notes.Add(Note($"'{field}' '{language}' read as the language tag {tag}."));
        return tag;
    }

    /// <summary>Aura's <c>imageProvider</c> (CreatePage.tsx) as a b-roll source; one this server lacks falls back to the default order.</summary>
    private static string? ReadImageProvider(JsonObject flat, string? fallback, List<JobError> notes)
    {
        var given = VideoFields.Text(flat, Flat, "imageProvider", 50)?.Trim();
        if (string.IsNullOrEmpty(given))
        {
            return fallback;
        }
        if (ImageProviders.TryGetValue(given, out var provider))
        {
            return provider;
        }
        notes.Add(Note($"'imageProvider' '{given}' is not a b-roll source of this server; your clip folder, Pexels (with a key) or the generated clips were used."));
        return fallback;
    }

    /// <summary>Aura's wizard adds <c>brief.llmParameters</c> for an Ollama model: the script writer here is the server's own.</summary>
    private static void ReadLlmParameters(JsonObject? brief, List<JobError> notes)
    {
        if (brief?["llmParameters"] is not { } parameters)
        {
            return;
        }
        if (parameters.GetValueKind() != JsonValueKind.Object)
        {
            throw InputReader.Refuse("brief.", "llmParameters", "must be an object.");
        }
        notes.Add(Note("'brief.llmParameters' is not used: scripts are written by this server's configured writer.", "Configure the script model on the server."));
    }

    /// <summary>
    /// The frame of <c>res</c>. Aura's wizard sends <c>res</c> 1920x1080 whatever aspect was picked: a size that contradicts
    /// the given aspect keeps the aspect, at the size's short side, with a warning (it was a 400).
    /// </summary>
    private static (int Width, int Height, VideoAspect Aspect) ReadFrame(string res, VideoAspect aspect, bool aspectGiven, string field, List<JobError> notes)
    {
        var (width, height, implied) = VideoResolution.Parse(res, aspect, aspectGiven: false, field);
        if (!aspectGiven)
        {
            return (width, height, implied);
        }
        if (VideoResolution.Matches(width, height, aspect))
        {
            return (width, height, aspect);
        }
        var (w, h) = VideoResolution.FrameFor(Math.Min(width, height), aspect);
        notes.Add(Note($"'{field}' {width}x{height} does not match the aspect {aspect}; rendered at {w}x{h} (the aspect kept, the size's short side)."));
        return (w, h, aspect);
    }

    /// <summary>0–100, as a number or as a numeric string (CreatePage.tsx sends <c>"75"</c>).</summary>
    private static int ReadQualityLevel(JsonObject node, string prefix)
    {
        if (node["qualityLevel"] is { } value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level <= 100
                ? level
                : throw InputReader.Refuse(prefix, "qualityLevel", $"must be a whole number from 0 to 100, not '{text}'.");
        }
        return new InputReader(node, prefix).Integer("qualityLevel", 0, 0, 100);
    }
}
