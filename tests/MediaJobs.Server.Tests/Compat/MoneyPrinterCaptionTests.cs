using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Core.Pipelines;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Video;
using MediaJobs.Server.Compat.MoneyPrinter;
using MediaJobs.Server.Compat.MoneyPrinter.Contracts;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// MoneyPrinter's <c>subtitlesPosition</c> and <c>color</c>, mapped by the surface, move and recolour the burned caption:
/// the same job rendered small three times (the surface's defaults, "center,top" in red, and no burned captions as the
/// clean reference) and the pixels that differ from the reference are looked at where the caption should be.
/// </summary>
[Trait("Tier", "Media")]
public sealed class MoneyPrinterCaptionTests : IAsyncLifetime
{
    private const int Width = 270;
    private const int Height = 480;
    private static readonly ToolLocator Tools = new();
    private static readonly ProcessRunner Runner = new();
    private static readonly FfmpegRunner Ffmpeg = new(Tools, Runner);
    private EngineHarness _h = null!;

    public async Task InitializeAsync()
    {
        var assets = Path.Combine(Path.GetTempPath(), "mediajobs-tests-video-assets");
        _h = await EngineHarness.CreateAsync(null, new VideoPipeline(Tools, Ffmpeg, new FfprobeClient(Tools, Runner), Runner, assets));
        await _h.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _h.DisposeAsync();
        _h.DeleteFiles();
    }

    [Fact]
    public async Task SubtitlesPositionAndColor_ChangeWhereAndInWhichColourTheCaptionIsDrawn()
    {
        var reference = await RenderAsync("""{"videoSubject": "Why cats purr"}""", burn: false);
        var byDefault = await RenderAsync("""{"videoSubject": "Why cats purr"}""");
        var topRed = await RenderAsync("""{"videoSubject": "Why cats purr", "subtitlesPosition": "center,top", "color": "#FF0000"}""");
        var at = CaptionTime(reference);

        var clean = await FrameAsync(reference, at);
        var (defaultTop, defaultBottom) = Changed(clean, await FrameAsync(byDefault, at));
        var (redTop, redBottom) = Changed(clean, await FrameAsync(topRed, at));

        Assert.True(defaultBottom.Count > 100 && defaultTop.Count < 10, $"default caption: {defaultTop.Count} changed pixels on top, {defaultBottom.Count} below");
        Assert.True(defaultBottom.Count(IsYellow) > 20 && defaultBottom.Count(IsRed) == 0, $"default caption: {defaultBottom.Count(IsYellow)} yellow, {defaultBottom.Count(IsRed)} red");
        Assert.True(redTop.Count > 100 && redBottom.Count < 10, $"top caption: {redTop.Count} changed pixels on top, {redBottom.Count} below");
        Assert.True(redTop.Count(IsRed) > 20 && redTop.Count(IsYellow) == 0, $"top caption: {redTop.Count(IsRed)} red, {redTop.Count(IsYellow)} yellow");
    }

    private static bool IsYellow((byte R, byte G, byte B) p) => p.R > 170 && p.G > 170 && p.B < 110;

    private static bool IsRed((byte R, byte G, byte B) p) => p.R > 170 && p.G < 90 && p.B < 90;

    /// <summary>The pixels of <paramref name="frame"/> that differ clearly from <paramref name="clean"/>, in the top and bottom thirds.</summary>
    private static (List<(byte R, byte G, byte B)> Top, List<(byte R, byte G, byte B)> Bottom) Changed(byte[] clean, byte[] frame)
    {
        var top = new List<(byte, byte, byte)>();
        var bottom = new List<(byte, byte, byte)>();
        for (var i = 0; i < Width * Height; i++)
        {
            var diff = Math.Abs(frame[3 * i] - clean[3 * i]) + Math.Abs(frame[(3 * i) + 1] - clean[(3 * i) + 1]) + Math.Abs(frame[(3 * i) + 2] - clean[(3 * i) + 2]);
            var y = i / Width;
            if (diff > 90 && (y < Height / 3 || y >= Height * 2 / 3))
            {
                (y < Height / 3 ? top : bottom).Add((frame[3 * i], frame[(3 * i) + 1], frame[(3 * i) + 2]));
            }
        }
        return (top, bottom);
    }

    private async Task<Job> RenderAsync(string body, bool burn = true)
    {
        var inputs = MoneyPrinterSubmission.Inputs(MoneyPrinterGenerateRequest.Read(JsonNode.Parse(body)!.AsObject()));
        // Small and short: the pixel check needs no 1080×1920 encode.
        (inputs["resolution"], inputs["durationSec"], inputs["music"]) = ($"{Width}x{Height}", 6, false);
        if (!burn)
        {
            inputs["burnSubtitles"] = false;
        }
        var job = await _h.SubmitAsync(new JobSubmission { Type = VideoPipeline.TypeName, Preset = "default", Input = inputs, Options = new JsonObject { ["quality"] = "fast" } });
        return await _h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, TimeSpan.FromMinutes(5));
    }

    /// <summary>Just after a word's onset, once the title card has gone.</summary>
    private double CaptionTime(Job job)
    {
        var timings = JsonSerializer.Deserialize<NarrationTimings>(File.ReadAllText(PathOf(job, VideoArtifacts.Timings)), VideoArtifacts.Json)!;
        var titleEnd = Math.Min(Pipelines.Video.Captions.AssCaptions.TitleSec, timings.DurationSec / 3);
        return timings.Sentences.SelectMany(s => s.Words).First(w => w.StartSec > titleEnd + 0.3).StartSec + 0.05;
    }

    private async Task<byte[]> FrameAsync(Job job, double atSec)
    {
        var raw = Path.Combine(_h.Root, $"{job.Id}.rgb");
        await Ffmpeg.RunAsync(["-ss", atSec.ToString("0.###", CultureInfo.InvariantCulture), "-i", PathOf(job, VideoArtifacts.Video), "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "rgb24", raw]);
        return await File.ReadAllBytesAsync(raw);
    }

    private string PathOf(Job job, string name) => _h.Layout.Resolve(job.Output.Concat(job.Steps.SelectMany(s => s.Artifacts)).First(a => a.Name == name).Path);
}
