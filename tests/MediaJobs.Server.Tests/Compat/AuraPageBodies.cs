using System.Globalization;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The submit bodies Aura Video Studio's pages build (itsacoffee/aura-video-studio, Aura.Web), written here from
/// reading them: CreateWizard.tsx <c>handleGenerate</c>, CreatePage.tsx's generate, wizardService.ts
/// <c>startFinalRendering</c> (called by VideoWizard's FinalExport), with every value their controls offer.
/// </summary>
internal static class AuraPageBodies
{
    public static readonly string[] WizardAudiences = ["General", "Beginners", "Advanced", "Professionals", "Children", "Students"];
    public static readonly string[] WizardTones = ["Informative", "Casual", "Professional", "Energetic", "Friendly", "Authoritative"];
    public static readonly string[] Aspects = ["Widescreen16x9", "Vertical9x16", "Square1x1"];
    public static readonly string[] Pacings = ["Chill", "Conversational", "Fast"];
    public static readonly string[] Densities = ["Sparse", "Balanced", "Dense"];
    public static readonly string[] WizardStyles = ["Standard", "Educational", "Cinematic", "Documentary", "Minimal"];
    public static readonly string[] PageAudiences = ["General", "Beginners", "Advanced", "Professionals"];
    public static readonly string[] PageTones = ["Informative", "Casual", "Professional", "Energetic"];

    /// <summary>FinalExport's quality choices: bitrate and (wizardService's getQualityLevel) quality level and codec.</summary>
    public static readonly (string Quality, int BitrateK, int Level, string Codec)[] ExportQualities =
        [("low", 1500, 50, "H264"), ("medium", 2500, 65, "H264"), ("high", 5000, 80, "H264"), ("ultra", 15000, 95, "H265")];

    /// <summary>FinalExport's resolutions as wizardService's parseResolution sends them.</summary>
    public static readonly (int Width, int Height)[] ExportResolutions = [(854, 480), (1280, 720), (1920, 1080), (3840, 2160)];
    public static readonly string[] ExportContainers = ["mp4", "webm", "mov"];
    public static readonly string[] StyleVoiceNames = ["default", "professional", "friendly", "energetic"];
    public static readonly string[] StyleTones = ["default", "professional", "friendly", "energetic"];
    public static readonly string[] VisualStyles = ["modern", "minimal", "cinematic", "playful", "professional"];

    /// <summary>The duration slider of both create pages: 0.5 to 20 minutes, step 0.5.</summary>
    public static IEnumerable<double> Minutes() => Enumerable.Range(1, 40).Select(i => i / 2.0);

    /// <summary>CreateWizard.tsx: defaults of createDefaultSettings, <c>PT{minutes}M</c>, the fixed voice and render specs.</summary>
    public static JsonObject Wizard(string audience = "General", string tone = "Informative", string aspect = "Widescreen16x9",
        double minutes = 3.0, string pacing = "Conversational", string density = "Balanced", string style = "Standard", bool ollama = false)
    {
        var brief = new JsonObject
        {
            ["topic"] = "Why tides happen",
            ["audience"] = audience,
            ["goal"] = "Inform",
            ["tone"] = tone,
            ["language"] = "en-US",
            ["aspect"] = aspect,
        };
        if (ollama)
        {
            brief["llmParameters"] = new JsonObject { ["modelOverride"] = "llama3.1:8b" };
        }
        return new JsonObject
        {
            ["brief"] = brief,
            ["planSpec"] = new JsonObject { ["targetDuration"] = string.Create(CultureInfo.InvariantCulture, $"PT{minutes}M"), ["pacing"] = pacing, ["density"] = density, ["style"] = style },
            ["voiceSpec"] = new JsonObject { ["voiceName"] = "en-US-Standard-A", ["rate"] = 1.0, ["pitch"] = 0.0, ["pause"] = "Short" },
            ["renderSpec"] = new JsonObject
            {
                ["res"] = new JsonObject { ["width"] = 1920, ["height"] = 1080 },
                ["container"] = "mp4",
                ["videoBitrateK"] = 5000,
                ["audioBitrateK"] = 192,
                ["fps"] = 30,
                ["codec"] = "H264",
                ["qualityLevel"] = 75,
                ["enableSceneCut"] = true,
            },
        };
    }

    /// <summary>CreatePage.tsx: formatDuration's <c>hh:mm:ss</c>, voice <c>default</c>, pause <c>Medium</c>, res as text, qualityLevel as a string.</summary>
    public static JsonObject CreatePage(string audience = "General", string tone = "Informative", string aspect = "Widescreen16x9",
        double minutes = 3.0, string pacing = "Conversational", string density = "Balanced", string? imageProvider = null)
    {
        var body = new JsonObject
        {
            ["brief"] = new JsonObject
            {
                ["topic"] = "Why tides happen",
                ["audience"] = audience,
                ["goal"] = "Inform",
                ["tone"] = tone,
                ["language"] = "en-US",
                ["aspect"] = aspect,
            },
            ["planSpec"] = new JsonObject
            {
                ["targetDuration"] = TimeSpan.FromSeconds(Math.Floor(minutes * 60)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
                ["pacing"] = pacing,
                ["density"] = density,
                ["style"] = "Standard",
            },
            ["voiceSpec"] = new JsonObject { ["voiceName"] = "default", ["rate"] = 1.0, ["pitch"] = 0.0, ["pause"] = "Medium" },
            ["renderSpec"] = new JsonObject
            {
                ["res"] = "1920x1080",
                ["container"] = "mp4",
                ["videoBitrateK"] = 5000,
                ["audioBitrateK"] = 192,
                ["fps"] = 30,
                ["codec"] = "H264",
                ["qualityLevel"] = "75",
                ["enableSceneCut"] = true,
            },
        };
        // JSON.stringify drops the key while no provider was picked (null keeps it as null).
        body["imageProvider"] = imageProvider;
        return body;
    }

    /// <summary>wizardService.ts startFinalRendering as FinalExport calls it: language "English", formatTimeSpan, pause "Natural", res object.</summary>
    public static JsonObject FinalExport(int width = 1920, int height = 1080, string container = "mp4", int bitrateK = 5000, int level = 80,
        string codec = "H264", string voiceName = "default", string tone = "Professional", string visualStyle = "modern", int durationSec = 60)
    {
        return new JsonObject
        {
            ["brief"] = new JsonObject
            {
                ["topic"] = "Why tides happen",
                ["audience"] = "General",
                ["goal"] = "Inform",
                ["tone"] = tone,
                ["language"] = "English",
                ["aspect"] = "Widescreen16x9",
            },
            ["planSpec"] = new JsonObject
            {
                ["targetDuration"] = TimeSpan.FromSeconds(durationSec).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture),
                ["pacing"] = "Conversational",
                ["density"] = "Balanced",
                ["style"] = visualStyle,
            },
            ["voiceSpec"] = new JsonObject { ["voiceName"] = voiceName, ["rate"] = 1.0, ["pitch"] = 0.0, ["pause"] = "Natural" },
            ["renderSpec"] = new JsonObject
            {
                ["res"] = new JsonObject { ["width"] = width, ["height"] = height },
                ["container"] = container,
                ["videoBitrateK"] = bitrateK,
                ["audioBitrateK"] = 192,
                ["fps"] = 30,
                ["codec"] = codec,
                ["qualityLevel"] = level,
                ["enableSceneCut"] = true,
            },
        };
    }
}
