using System.Net;
using System.Text.Json.Nodes;
using MediaJobs.Core.Engine;
using MediaJobs.Core.Service;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Video;
using MediaJobs.Server.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The bodies Aura Video Studio's create pages really send (<see cref="AuraPageBodies"/>: every value of every control,
/// one at a time) through <c>POST /api/jobs</c>: each is a 202, and the video job it stored reads (the pipeline's own
/// <see cref="VideoPipeline.ReadRequest"/>) as Aura's backend would read it, with a warning where this server does the
/// closest thing instead. The queue stays paused: nothing renders.
/// </summary>
[Trait("Tier", "Fast")]
public sealed class AuraWizardReplayTests(MediaJobsServerFactory factory) : IClassFixture<MediaJobsServerFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> WizardBodies()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, JsonObject body) => data.Add(name, body.ToJsonString());
        Add("defaults", AuraPageBodies.Wizard());
        Add("ollama", AuraPageBodies.Wizard(ollama: true));
        foreach (var v in AuraPageBodies.WizardAudiences) { Add("audience " + v, AuraPageBodies.Wizard(audience: v)); }
        foreach (var v in AuraPageBodies.WizardTones) { Add("tone " + v, AuraPageBodies.Wizard(tone: v)); }
        foreach (var v in AuraPageBodies.Aspects) { Add("aspect " + v, AuraPageBodies.Wizard(aspect: v)); }
        foreach (var v in AuraPageBodies.Minutes()) { Add($"minutes {v}", AuraPageBodies.Wizard(minutes: v)); }
        foreach (var v in AuraPageBodies.Pacings) { Add("pacing " + v, AuraPageBodies.Wizard(pacing: v)); }
        foreach (var v in AuraPageBodies.Densities) { Add("density " + v, AuraPageBodies.Wizard(density: v)); }
        foreach (var v in AuraPageBodies.WizardStyles) { Add("style " + v, AuraPageBodies.Wizard(style: v)); }
        return data;
    }

    public static TheoryData<string, string> CreatePageBodies()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, JsonObject body) => data.Add(name, body.ToJsonString());
        Add("defaults", AuraPageBodies.CreatePage());
        foreach (var v in AuraPageBodies.PageAudiences) { Add("audience " + v, AuraPageBodies.CreatePage(audience: v)); }
        foreach (var v in AuraPageBodies.PageTones) { Add("tone " + v, AuraPageBodies.CreatePage(tone: v)); }
        foreach (var v in AuraPageBodies.Aspects) { Add("aspect " + v, AuraPageBodies.CreatePage(aspect: v)); }
        foreach (var v in AuraPageBodies.Minutes()) { Add($"minutes {v}", AuraPageBodies.CreatePage(minutes: v)); }
        foreach (var v in AuraPageBodies.Pacings) { Add("pacing " + v, AuraPageBodies.CreatePage(pacing: v)); }
        foreach (var v in AuraPageBodies.Densities) { Add("density " + v, AuraPageBodies.CreatePage(density: v)); }
        foreach (var v in new[] { "Pexels", "StableDiffusion" }) { Add("imageProvider " + v, AuraPageBodies.CreatePage(imageProvider: v)); }
        return data;
    }

    public static TheoryData<string, string> FinalExportBodies()
    {
        var data = new TheoryData<string, string>();
        void Add(string name, JsonObject body) => data.Add(name, body.ToJsonString());
        foreach (var (w, h) in AuraPageBodies.ExportResolutions)
        {
            foreach (var (quality, bitrate, level, codec) in AuraPageBodies.ExportQualities)
            {
                foreach (var container in AuraPageBodies.ExportContainers)
                {
                    Add($"{w}x{h} {quality} {container}", AuraPageBodies.FinalExport(w, h, container, bitrate, level, codec));
                }
            }
        }
        foreach (var v in AuraPageBodies.StyleVoiceNames) { Add("voice " + v, AuraPageBodies.FinalExport(voiceName: v)); }
        foreach (var v in AuraPageBodies.StyleTones) { Add("tone " + v, AuraPageBodies.FinalExport(tone: v)); }
        foreach (var v in AuraPageBodies.VisualStyles) { Add("style " + v, AuraPageBodies.FinalExport(visualStyle: v)); }
        return data;
    }

    [Theory]
    [MemberData(nameof(WizardBodies))]
    public async Task Submit_CreateWizardBody_Is202AndReadAsAurasBackendReadsIt(string name, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var r = await SubmitAsync(name, json);

        Assert.Equal(TimeSpan.FromMinutes(Minutes((string)body["planSpec"]!["targetDuration"]!)), r.TargetDuration);
        Assert.Equal(((string?)body["planSpec"]!["pacing"], (string?)body["planSpec"]!["density"]), (r.Pacing.ToString(), r.Density.ToString()));
        Assert.Equal((0.5, 1.0, 1.0), (r.Pause, r.Pitch, r.Rate));
        Assert.Equal("en-us", r.VoiceName);
        Assert.Contains(r.InputWarnings, w => w.Code == "VoiceMapped" && w.Message.Contains("en-US-Standard-A", StringComparison.Ordinal));
        var aspect = (string)body["brief"]!["aspect"]!;
        Assert.Equal(aspect, r.Aspect.ToString());
        Assert.Equal(aspect switch { "Vertical9x16" => (1080, 1920), "Square1x1" => (1080, 1080), _ => (1920, 1080) }, (r.Width, r.Height));
        Assert.Equal(aspect != "Widescreen16x9", r.InputWarnings.Any(w => w.Message.Contains("'renderSpec.res' 1920x1080 does not match", StringComparison.Ordinal)));
        Assert.Equal(name == "ollama", r.InputWarnings.Any(w => w.Message.Contains("brief.llmParameters", StringComparison.Ordinal)));
        Assert.Equal(((string?)body["brief"]!["audience"], (string?)body["brief"]!["tone"], (string?)body["planSpec"]!["style"]), (r.Audience, r.Tone, r.Style));
    }

    [Theory]
    [MemberData(nameof(CreatePageBodies))]
    public async Task Submit_CreatePageBody_Is202AndReadAsAurasBackendReadsIt(string name, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var r = await SubmitAsync(name, json);

        Assert.Equal(TimeSpan.Parse((string)body["planSpec"]!["targetDuration"]!, System.Globalization.CultureInfo.InvariantCulture), r.TargetDuration);
        Assert.Null(r.VoiceName);
        Assert.Equal((1.0, 1.0, 75), (r.Pause, r.Pitch, r.QualityLevel));
        Assert.Contains(r.InputWarnings, w => w.Message.Contains("'voiceSpec.pause' 'Medium'", StringComparison.Ordinal));
        Assert.Equal((string)body["brief"]!["aspect"]!, r.Aspect.ToString());
        Assert.Equal(name == "imageProvider Pexels" ? "pexels" : null, r.BrollProvider);
        Assert.Equal(name == "imageProvider StableDiffusion", r.InputWarnings.Any(w => w.Message.Contains("'imageProvider' 'StableDiffusion'", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(FinalExportBodies))]
    public async Task Submit_FinalExportBody_Is202AndReadAsAurasBackendReadsIt(string name, string json)
    {
        var body = JsonNode.Parse(json)!.AsObject();
        var render = body["renderSpec"]!;
        var r = await SubmitAsync(name, json);

        Assert.Equal("en-US", r.Language);
        Assert.Equal(TimeSpan.FromMinutes(1), r.TargetDuration);
        Assert.Equal(((int)render["res"]!["width"]!, (int)render["res"]!["height"]!), (r.Width, r.Height));
        Assert.Equal(((int?)render["videoBitrateK"], (int?)render["qualityLevel"]), (r.VideoBitrateK, r.QualityLevel));
        Assert.Equal((string)render["codec"]! == "H265" ? VideoCodec.Hevc : VideoCodec.H264, r.Codec);
        Assert.Equal((string)render["container"]! != "mp4", r.InputWarnings.Any(w => w.Message.Contains("'renderSpec.container'", StringComparison.Ordinal)));
        var voice = (string)body["voiceSpec"]!["voiceName"]!;
        Assert.Equal(voice == "default" ? null : "en-us", r.VoiceName);
        Assert.Equal(voice != "default", r.InputWarnings.Any(w => w.Code == "VoiceMapped"));
        Assert.Equal(1.0, r.Pause);
    }

    private async Task<VideoRequest> SubmitAsync(string name, string json)
    {
        using (await _client.PostAsync("/api/queue/pause", null))
        {
        }
        using var response = await _client.PostJsonAsync("/api/jobs", json);
        var answer = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{name}: {(int)response.StatusCode} {answer.ToJsonString()}");
        Assert.Equal("Script", (string?)answer["stage"]);
        var services = factory.Services;
        var job = await services.GetRequiredService<JobService>().GetAsync((string)answer["jobId"]!, null, CancellationToken.None);
        var pipeline = (VideoPipeline)services.GetRequiredService<PipelineRegistry>().Find(VideoPipeline.TypeName)!;
        return pipeline.ReadRequest(job!);
    }

    private static double Minutes(string iso) => double.Parse(iso[2..^1], System.Globalization.CultureInfo.InvariantCulture);
}
