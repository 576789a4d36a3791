using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Common;

namespace MediaJobs.Pipelines.Video;

/// <summary>
/// Reads a video submission: seed 000's flat <c>inputs</c> and its legacy objects (<c>brief</c>,
/// <c>planSpec</c>, <c>voiceSpec</c>, <c>renderSpec</c>; a legacy value wins over a flat one), plus
/// <c>options.quality</c> and <c>options.allowSkipUnavailable</c>. Pure and deterministic; anything it
/// cannot honour is a <see cref="JobValidationException"/> naming the field.
/// </summary>
internal static partial class VideoRequestParser
{
    /// <summary>The flat fields sit at the input's root (fields are named relative to the input).</summary>
    private const string Flat = "";

    private static readonly HashSet<string> FlatFields = new(StringComparer.Ordinal)
    {
        "text", "topic", "audience", "goal", "tone", "title", "durationSec", "aspect", "resolution", "container",
        "fps", "codec", "videoBitrateK", "audioBitrateK", "qualityLevel", "enableSceneCut", "language", "voice",
        "rate", "pitch", "pause", "pacing", "density", "style", "burnSubtitles", "captions", "music", "musicFile", "voiceProvider", "brollProvider",
        "imageProvider", "notices", "threads", "brief", "planSpec", "voiceSpec", "renderSpec",
    };

    private static readonly HashSet<string> BriefFields = new(StringComparer.Ordinal) { "topic", "audience", "goal", "tone", "language", "aspect", "title", "text", "llmParameters" };
    private static readonly HashSet<string> PlanFields = new(StringComparer.Ordinal) { "targetDuration", "pacing", "density", "style" };
    private static readonly HashSet<string> VoiceFields = new(StringComparer.Ordinal) { "voiceName", "rate", "pitch", "pause", "provider" };
    private static readonly HashSet<string> RenderFields = new(StringComparer.Ordinal)
    {
        "res", "container", "videoBitrateK", "audioBitrateK", "fps", "codec", "qualityLevel", "enableSceneCut", "burnSubtitles",
    };

    private static readonly Dictionary<string, VideoAspect> Aspects = VideoFields.Map(
        ("Widescreen16x9", VideoAspect.Widescreen16x9), ("16:9", VideoAspect.Widescreen16x9),
        ("Vertical9x16", VideoAspect.Vertical9x16), ("9:16", VideoAspect.Vertical9x16),
        ("Square1x1", VideoAspect.Square1x1), ("1:1", VideoAspect.Square1x1));

    private static readonly Dictionary<string, VideoCodec> Codecs = VideoFields.Map(
        ("H264", VideoCodec.H264), ("HEVC", VideoCodec.Hevc), ("H265", VideoCodec.Hevc), ("AV1", VideoCodec.Av1));

    private static readonly Dictionary<string, Pacing> Pacings = VideoFields.Map(
        ("Chill", Pacing.Chill), ("Slow", Pacing.Chill), ("Conversational", Pacing.Conversational), ("Fast", Pacing.Fast));

    private static readonly Dictionary<string, Density> Densities = VideoFields.Map(
        ("Sparse", Density.Sparse), ("Balanced", Density.Balanced), ("Dense", Density.Dense));

    private static readonly Dictionary<string, EncodeQuality> Qualities = VideoFields.Map(
        ("fast", EncodeQuality.Fast), ("balanced", EncodeQuality.Balanced), ("high", EncodeQuality.High));

    private static readonly Dictionary<string, string?> VoiceProviders = VideoFields.Map<string?>(("espeak", "espeak"), ("openai", "openai"), ("azure", "azure"));

    private static readonly Dictionary<string, string?> BrollProviders = VideoFields.Map<string?>(
        ("auto", null), ("generated", "generated"), ("user", "user"), ("pexels", "pexels"));

    public static VideoRequest Parse(string? preset, JsonObject input, JsonObject options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        preset ??= VideoPipeline.DefaultPreset;
        VideoFields.RejectUnknown(input, Flat, FlatFields);
        var brief = Legacy(input, "brief", BriefFields);
        var plan = Legacy(input, "planSpec", PlanFields);
        var voice = Legacy(input, "voiceSpec", VoiceFields);
        var render = Legacy(input, "renderSpec", RenderFields);
        var sample = preset is VideoPipeline.SamplePreset or VideoPipeline.ShortsPreset;
        var quality = VideoFields.Choice(options, InputReader.Options, "quality", Qualities, EncodeQuality.Balanced);
        var (width, height) = QualityProfile.Of(quality).FrameFor(VideoAspect.Widescreen16x9);

        var request = new VideoRequest
        {
            Preset = preset,
            Quality = quality,
            AllowSkipUnavailable = new InputReader(options, InputReader.Options).Boolean("allowSkipUnavailable", false),
            Aspect = preset == VideoPipeline.ShortsPreset ? VideoAspect.Vertical9x16 : VideoAspect.Widescreen16x9,
            Width = width,
            Height = height,
            Fps = sample ? 25 : 30,
        };
        var notes = new List<JobError>();
        request = ReadBrief(request, input, brief, notes);
        request = ReadPlan(request, input, plan);
        request = ReadVoice(request, input, voice, notes);
        request = ReadRender(request, input, brief, render, notes);
        ReadLlmParameters(brief?.Node, notes);
        return Check(request with { InputWarnings = notes });
    }

    private static VideoRequest ReadBrief(VideoRequest r, JsonObject flat, (JsonObject Node, string Prefix)? brief, List<JobError> notes)
    {
        string? Field(string name, int max) =>
            (brief is { } b ? VideoFields.Text(b.Node, b.Prefix, name, max) : null) ?? VideoFields.Text(flat, Flat, name, max);
        var language = ReadLanguageName(Field("language", 35)?.Trim(), brief is null ? "language" : "brief.language", notes) ?? r.Language;
        if (!LanguagePattern().IsMatch(language))
        {
            var field = brief?.Node.ContainsKey("language") == true ? "brief.language" : Flat + "language";
            throw InputReader.Refuse("", field, $"must be a language tag such as en-US or de-DE, not '{language}'.");
        }
        return r with
        {
            Text = Normalize(Field("text", 20_000)),
            Topic = Normalize(Field("topic", 500)),
            Audience = Normalize(Field("audience", 200)),
            Goal = Normalize(Field("goal", 300)),
            Tone = Normalize(Field("tone", 100)),
            Title = Normalize(Field("title", 200)),
            Language = language,
        };
    }

    private static VideoRequest ReadPlan(VideoRequest r, JsonObject flat, (JsonObject Node, string Prefix)? plan)
    {
        var target = TimeSpan.FromSeconds(new InputReader(flat, Flat).Number("durationSec", r.TargetDuration.TotalSeconds, 5, 1800));
        var pacing = VideoFields.Choice(flat, Flat, "pacing", Pacings, r.Pacing);
        var density = VideoFields.Choice(flat, Flat, "density", Densities, r.Density);
        var style = VideoFields.Text(flat, Flat, "style", 50) ?? r.Style;
        if (plan is { } p)
        {
            target = VideoFields.Duration(p.Node, p.Prefix, "targetDuration", TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(30)) ?? target;
            pacing = VideoFields.Choice(p.Node, p.Prefix, "pacing", Pacings, pacing);
            density = VideoFields.Choice(p.Node, p.Prefix, "density", Densities, density);
            style = VideoFields.Text(p.Node, p.Prefix, "style", 50) ?? style;
        }
        return r with { TargetDuration = target, Pacing = pacing, Density = density, Style = style.Trim() };
    }

    private static VideoRequest ReadVoice(VideoRequest r, JsonObject flat, (JsonObject Node, string Prefix)? voice, List<JobError> notes)
    {
        var reader = new InputReader(flat, Flat);
        var name = VideoFields.Text(flat, Flat, "voice", 100);
        double rate = reader.Number("rate", r.Rate, 0.5, 2.0), pitch = ReadPitch(flat, Flat, r.Pitch, notes), pause = ReadPause(flat, Flat, r.Pause, notes);
        var field = Flat + "voice";
        var provider = VideoFields.Choice(flat, Flat, "voiceProvider", VoiceProviders, null);
        if (voice is { } v)
        {
            provider = VideoFields.Choice(v.Node, v.Prefix, "provider", VoiceProviders, provider);
            var legacy = new InputReader(v.Node, v.Prefix);
            if (VideoFields.Text(v.Node, v.Prefix, "voiceName", 100) is { } given)
            {
                (name, field) = (given, v.Prefix + "voiceName");
            }
            rate = legacy.Number("rate", rate, 0.5, 2.0);
            pitch = ReadPitch(v.Node, v.Prefix, pitch, notes);
            pause = ReadPause(v.Node, v.Prefix, pause, notes);
        }
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is { } named && voice is not null && field == voice.Value.Prefix + "voiceName")
        {
            // voiceSpec.voiceName is Aura's field: whatever its pages send is spoken by the nearest voice, with a warning.
            var (voiceName, mapped) = AuraVoiceNames.Map(named, r.Language, VoiceNamePattern().IsMatch);
            name = voiceName;
            if (mapped is not null)
            {
                notes.Add(mapped with { Message = $"'{field}': {mapped.Message}" });
            }
        }
        else if (name is not null && !VoiceNamePattern().IsMatch(name))
        {
            throw InputReader.Refuse("", field, $"must be an espeak-ng voice (e.g. en-us, de, en-us+f3) or a cloud voice name (e.g. en-US-JennyNeural), not '{name}'.");
        }
        return r with { VoiceName = name, VoiceProvider = provider, Rate = rate, Pitch = pitch, Pause = pause };
    }

    private static VideoRequest ReadRender(VideoRequest r, JsonObject flat, (JsonObject Node, string Prefix)? brief, (JsonObject Node, string Prefix)? render, List<JobError> notes)
    {
        var aspectGiven = flat.ContainsKey("aspect") || brief?.Node.ContainsKey("aspect") == true;
        var aspect = VideoFields.Choice(flat, Flat, "aspect", Aspects, r.Aspect);
        if (brief is { } b)
        {
            aspect = VideoFields.Choice(b.Node, b.Prefix, "aspect", Aspects, aspect);
        }
        var sources = new List<(JsonObject Node, string Prefix, string ResName)> { (flat, Flat, "resolution") };
        if (render is { } rs)
        {
            sources.Add((rs.Node, rs.Prefix, "res"));
        }
        var (width, height) = aspect switch
        {
            VideoAspect.Vertical9x16 => (Math.Min(r.Width, r.Height), Math.Max(r.Width, r.Height)),
            VideoAspect.Square1x1 => (Math.Min(r.Width, r.Height), Math.Min(r.Width, r.Height)),
            _ => (r.Width, r.Height),
        };
        var result = r;
        foreach (var (node, prefix, resName) in sources)
        {
            if (ReadRes(node, prefix, resName) is { } res)
            {
                (width, height, aspect) = ReadFrame(res, aspect, aspectGiven, prefix + resName, notes);
            }
            ReadContainer(node, prefix, notes);
            var reader = new InputReader(node, prefix);
            result = result with
            {
                Fps = reader.Number("fps", result.Fps, 1, 60),
                Codec = VideoFields.Choice(node, prefix, "codec", Codecs, result.Codec),
                VideoBitrateK = node.ContainsKey("videoBitrateK") ? reader.Integer("videoBitrateK", 0, 50, 200_000) : result.VideoBitrateK,
                AudioBitrateK = reader.Integer("audioBitrateK", result.AudioBitrateK, 32, 512),
                QualityLevel = node.ContainsKey("qualityLevel") ? ReadQualityLevel(node, prefix) : result.QualityLevel,
                EnableSceneCut = reader.Boolean("enableSceneCut", result.EnableSceneCut),
                BurnSubtitles = reader.Boolean("burnSubtitles", result.BurnSubtitles),
            };
        }
        return result with
        {
            Aspect = aspect,
            Width = width,
            Height = height,
            Music = new InputReader(flat, Flat).Boolean("music", true),
            MusicFile = new InputReader(flat, Flat).Text("musicFile", 4096),
            Captions = Captions.CaptionStyleReader.Read(VideoFields.Object(flat, "captions"), Flat + "captions."),
            BrollProvider = ReadImageProvider(flat, VideoFields.Choice(flat, Flat, "brollProvider", BrollProviders, null), notes),
            Notices = ReadNotices(flat),
            Threads = flat.ContainsKey("threads") ? new InputReader(flat, Flat).Integer("threads", 0, 1, 100) : null,
        };
    }

    private static VideoRequest Check(VideoRequest r)
    {
        if (r.IsSample && (r.Text is not null || r.Topic is not null))
        {
            throw JobValidationException.InInput(r.Text is not null ? "text" : "topic", _ => $"The {r.Preset} preset has a fixed script; use the default preset for your own text or topic.");
        }
        if (!r.IsSample && r.Text is null && r.Topic is null)
        {
            throw JobValidationException.InInput("topic", name => $"Give '{name("text")}' (the narration) or '{name("topic")}' / 'brief.topic' (a script is written from it).");
        }
        return r;
    }

    private static (JsonObject Node, string Prefix)? Legacy(JsonObject input, string name, IReadOnlySet<string> known)
    {
        var node = VideoFields.Object(input, name);
        if (node is null)
        {
            return null;
        }
        VideoFields.RejectUnknown(node, name + ".", known);
        return (node, name + ".");
    }

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^(?:[a-z]{2,3}(?:-[a-z0-9]{1,8})*(?:\+[a-z0-9]{1,12})?|[a-z]{2,3}-[A-Z]{2}-[A-Za-z0-9]{2,40})$", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceNamePattern();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguagePattern();
}
