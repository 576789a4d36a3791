using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// MoneyPrinter's page (FujiwaraChoki/MoneyPrinter Frontend/index.html + app.js) submits its form as app.js builds it:
/// every option value of every field, strings where the inputs give strings. Each must be queued with the answer app.js
/// reads (<c>status: "success"</c> and a <c>jobId</c>, then <c>job.state</c> on polling), never a 400 ("Connection
/// error" on the page), and land on the video job as docs/api.md maps it. The queue is paused: nothing renders.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class MoneyPrinterPageReplayTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>, IAsyncLifetime
{
    private const string Base = "/compat/moneyprinter";
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>The voice select's option values with the language each group names.</summary>
    public static TheoryData<string, string, string> Voices => new()
    {
        { "en_us_ghostface", "en-US", "en-us+" }, { "en_us_chewbacca", "en-US", "en-us+" }, { "en_us_c3po", "en-US", "en-us+" },
        { "en_us_stitch", "en-US", "en-us+" }, { "en_us_stormtrooper", "en-US", "en-us+" }, { "en_us_rocket", "en-US", "en-us+" },
        { "en_au_001", "en-AU", "en-gb+" }, { "en_au_002", "en-AU", "en-gb+" }, { "en_uk_001", "en-GB", "en-gb+" }, { "en_uk_003", "en-GB", "en-gb+" },
        { "en_us_001", "en-US", "en-us+" }, { "en_us_002", "en-US", "en-us+" }, { "en_us_006", "en-US", "en-us+" }, { "en_us_007", "en-US", "en-us+" },
        { "en_us_009", "en-US", "en-us+" }, { "en_us_010", "en-US", "en-us+" },
        { "fr_001", "fr-FR", "fr-fr+" }, { "fr_002", "fr-FR", "fr-fr+" }, { "de_001", "de-DE", "de+" }, { "de_002", "de-DE", "de+" },
        { "es_002", "es-ES", "es+" }, { "es_mx_002", "es-MX", "es-419+" },
        { "br_001", "pt-BR", "pt-br+" }, { "br_003", "pt-BR", "pt-br+" }, { "br_004", "pt-BR", "pt-br+" }, { "br_005", "pt-BR", "pt-br+" },
        { "id_001", "id-ID", "id+" },
        { "jp_001", "ja-JP", "ja+" }, { "jp_003", "ja-JP", "ja+" }, { "jp_005", "ja-JP", "ja+" }, { "jp_006", "ja-JP", "ja+" },
        { "kr_002", "ko-KR", "ko+" }, { "kr_003", "ko-KR", "ko+" }, { "kr_004", "ko-KR", "ko+" },
        { "en_female_f08_salut_damour", "en-US", "en-us+" }, { "en_male_m03_lobby", "en-US", "en-us+" },
        { "en_female_f08_warmy_breeze", "en-US", "en-us+" }, { "en_male_m03_sunshine_soon", "en-US", "en-us+" },
        { "en_male_narration", "en-US", "en-us+" }, { "en_male_funny", "en-US", "en-us+" }, { "en_female_emotional", "en-US", "en-us+" },
    };

    public async Task InitializeAsync() => (await _client.PostAsync("/api/queue/pause", null)).Dispose();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Voices))]
    public async Task Generate_EveryVoiceOfThePage_IsQueuedInItsLanguageWithAnEspeakVoiceOfIt(string voice, string language, string espeakPrefix)
    {
        var inputs = await GenerateAsync(Page(voice: voice));

        Assert.Equal(language, (string?)inputs["language"]);
        Assert.StartsWith(espeakPrefix, (string?)inputs["voice"], StringComparison.Ordinal);
        var codes = Codes(inputs);
        Assert.Equal(voice.Contains("_0", StringComparison.Ordinal) ? [] : ["VoiceSubstituted"], codes);
    }

    [Theory]
    [InlineData("#FFFF00", "#FFFF00")]
    [InlineData("#f4a261", "#F4A261")]
    [InlineData("#e63946", "#E63946")]
    [InlineData("#1d3557", "#1D3557")]
    [InlineData("#fff", "#FFFFFF")]
    [InlineData("#03071e", "#03071E")]
    public async Task Generate_EveryColourOfThePage_IsTheCaptionColour(string color, string rgb)
    {
        var inputs = await GenerateAsync(Page(color: color));

        Assert.Equal(rgb, (string?)inputs["captions"]!["color"]);
        Assert.Empty(Codes(inputs));
    }

    [Theory]
    [InlineData("center,top", "top", "center")]
    [InlineData("center,bottom", "bottom", "center")]
    [InlineData("center,center", "center", "center")]
    [InlineData("left,center", "center", "left")]
    [InlineData("left,bottom", "bottom", "left")]
    [InlineData("right,center", "center", "right")]
    [InlineData("right,bottom", "bottom", "right")]
    public async Task Generate_EverySubtitlesPositionOfThePage_PlacesTheCaptions(string position, string vertical, string align)
    {
        var inputs = await GenerateAsync(Page(position: position));

        Assert.Equal((vertical, align), ((string?)inputs["captions"]!["position"], (string?)inputs["captions"]!["align"]));
    }

    /// <summary>The number inputs offer 1 to 100 (min/max in index.html); the page sends the input's string.</summary>
    [Fact]
    public async Task Generate_EveryParagraphCountAndThreadCountOfThePage_IsQueued()
    {
        for (var n = 1; n <= 100; n++)
        {
            var inputs = await GenerateAsync(Page(paragraphs: n.ToString(System.Globalization.CultureInfo.InvariantCulture), threads: n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

            Assert.Equal(Math.Min(n, 90) * 20, (int)inputs["durationSec"]!);
            Assert.Equal(n, (int)inputs["threads"]!);
            Assert.Equal(n > 90 ? ["ParagraphsCapped"] : [], Codes(inputs));
        }
    }

    [Theory]
    [InlineData(false, false, "", new string[0])]
    [InlineData(true, false, "", new[] { "YoutubeUploadSkipped" })]
    [InlineData(false, true, "", new string[0])]
    [InlineData(true, true, "Write about the moon", new[] { "YoutubeUploadSkipped", "CustomPromptIgnored" })]
    public async Task Generate_TogglesAndPrompt_WarnOnlyForWhatIsNotDone(bool youtube, bool music, string prompt, string[] codes)
    {
        var inputs = await GenerateAsync(Page(youtube: youtube, music: music, prompt: prompt));

        Assert.Equal(codes, Codes(inputs));
        Assert.Equal(music, (bool)inputs["music"]!);
    }

    /// <summary>app.js sends the model /api/models lists (warning-free), or "llama3.1:8b" when that call failed.</summary>
    [Fact]
    public async Task Generate_ModelFromModelsList_HasNoWarning_AnotherModel_Warns()
    {
        var models = await _client.GetJsonAsync($"{Base}/api/models");

        var listed = await GenerateAsync(Page(model: (string)models["default"]!));
        var fallback = await GenerateAsync(Page(model: "llama3.1:8b"));

        Assert.Empty(Codes(listed));
        Assert.Equal(["AiModelNotAvailable"], Codes(fallback));
    }

    [Fact]
    public async Task Generate_EmptyThreadsAndNoVoice_AreTheDefaults_WithoutWarnings()
    {
        var body = Page(threads: "");
        body.Remove("voice");

        var inputs = await GenerateAsync(body);

        Assert.Null(inputs["threads"]);
        Assert.Equal(("en-US", "en-us+f3"), ((string?)inputs["language"], (string?)inputs["voice"]));
        Assert.Null(inputs["notices"]);
    }

    /// <summary>
    /// The body app.js's generateVideo() builds, with the form's defaults (index.html) unless given; the voice is en_us_001
    /// here (the page preselects its first option, Ghost Face, which warns as every character voice does).
    /// </summary>
    private static JsonObject Page(string voice = "en_us_001", string paragraphs = "1", string threads = "2", string position = "center,top",
        string color = "#FFFF00", bool youtube = false, bool music = false, string prompt = "", string model = "offline-template") => new()
        {
            ["videoSubject"] = "Why the sea is salty",
            ["aiModel"] = model,
            ["voice"] = voice,
            ["paragraphNumber"] = paragraphs,
            ["automateYoutubeUpload"] = youtube,
            ["useMusic"] = music,
            ["threads"] = threads,
            ["subtitlesPosition"] = position,
            ["customPrompt"] = prompt,
            ["color"] = color,
        };

    /// <summary>Posts as app.js does and checks what it reads; returns the video job's inputs.</summary>
    private async Task<JsonObject> GenerateAsync(JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Base}/api/generate") { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json");
        using var response = await _client.SendAsync(request);
        var result = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{body.ToJsonString()} → {(int)response.StatusCode} {result.ToJsonString()}");
        Assert.Equal("success", (string?)result["status"]);
        var jobId = (string?)result["jobId"];
        Assert.False(string.IsNullOrEmpty(jobId));
        var job = await _client.GetJsonAsync($"{Base}/api/jobs/{jobId}");
        Assert.Equal("queued", (string?)job["job"]!["state"]);
        return (await _client.GetJobAsync(jobId!))["inputs"]!.AsObject();
    }

    private static string[] Codes(JsonObject inputs) =>
        [.. (inputs["notices"]?.AsArray() ?? []).Select(n => (string)n!["code"]!)];
}
