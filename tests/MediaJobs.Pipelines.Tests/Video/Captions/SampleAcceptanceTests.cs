using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Video;
using MediaJobs.Pipelines.Video.Words;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Captions;

/// <summary>The published sample videos, checked on their real output: ffprobe, and Tesseract on their frames.</summary>
[Trait("Tier", "Media")]
public sealed class SampleAcceptanceTests(SampleRenders renders) : IClassFixture<SampleRenders>
{
    [Theory]
    [InlineData(VideoPipeline.SamplePreset, 1920, 1080)]
    [InlineData(VideoPipeline.ShortsPreset, 1080, 1920)]
    public async Task Sample_IsH264HighAacWithASubtitleTrack_AtItsSize_20To30Seconds(string preset, int width, int height)
    {
        var probe = await Ffprobe.ProbeAsync(renders.PathOf(JobOf(preset), VideoArtifacts.Video));

        Assert.Equal((width, height), (probe.PrimaryVideo?.Width, probe.PrimaryVideo?.Height));
        Assert.Equal(("h264", "High"), (probe.PrimaryVideo?.CodecName, probe.PrimaryVideo?.Profile));
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        Assert.Contains(probe.Streams, s => s.IsSubtitle && s.CodecName == "mov_text");
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 20, 30);
    }

    [Theory]
    [InlineData(VideoPipeline.SamplePreset)]
    [InlineData(VideoPipeline.ShortsPreset)]
    public async Task Captions_AreOnThePicture_TheSpokenWordIsReadBackAtThreeCaptionTimes(string preset)
    {
        var job = JobOf(preset);
        var words = renders.TimingsOf(job).Sentences.SelectMany(s => s.Words).Where(w => FrameOcr.Bare(w.Text).Length >= 4).ToList();
        WordTiming[] picked = [words[words.Count / 4], words[words.Count / 2], words[words.Count * 3 / 4]];

        var read = new List<(string Word, string Text)>();
        foreach (var word in picked)
        {
            var png = await FrameOcr.GrabAsync(renders.PathOf(job, VideoArtifacts.Video), word.StartSec + 0.08, renders.TempFile($"{preset}-{word.StartSec}.png"), 0.5, 1);
            read.Add((FrameOcr.Bare(word.Text), await FrameOcr.ReadAsync(png)));
        }

        Assert.True(read.Count(r => FrameOcr.Bare(r.Text.Replace("\n", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)).Contains(r.Word, StringComparison.Ordinal)) >= 2,
            string.Join(" | ", read.Select(r => $"{r.Word}: {r.Text.ReplaceLineEndings(" ")}")));
    }

    [Theory]
    [InlineData(VideoPipeline.SamplePreset)]
    [InlineData(VideoPipeline.ShortsPreset)]
    public async Task Captions_AtAPauseWithoutSpeech_NoCaptionTextIsOnThePicture(string preset)
    {
        var job = JobOf(preset);
        var timings = renders.TimingsOf(job);
        var pause = timings.Sentences.Where(s => s.EndSec > AssCaptionsTitleEnd).MaxBy(s => s.PauseAfterSec - (s.Index == timings.Sentences.Count - 1 ? 99 : 0))!;
        var png = await FrameOcr.GrabAsync(renders.PathOf(job, VideoArtifacts.Video), pause.EndSec + (pause.PauseAfterSec / 2), renders.TempFile($"{preset}-pause.png"), 0.5, 1);

        // Whole words only: OCR of the patterned b-roll yields noise such as "pweweree", which holds "were".
        var read = (await FrameOcr.ReadAsync(png)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(FrameOcr.Bare).ToHashSet(StringComparer.Ordinal);

        var scriptWords = timings.Sentences.SelectMany(s => s.Words).Select(w => FrameOcr.Bare(w.Text)).Where(w => w.Length >= 4).Distinct();
        Assert.DoesNotContain(scriptWords, read.Contains);
    }

    [Theory]
    [InlineData(VideoPipeline.SamplePreset)]
    [InlineData(VideoPipeline.ShortsPreset)]
    public async Task Title_IsOnTheFirstFramesAndOnTheThumbnail(string preset)
    {
        var job = JobOf(preset);
        var first = await FrameOcr.GrabAsync(renders.PathOf(job, VideoArtifacts.Video), 0.8, renders.TempFile($"{preset}-first.png"));

        var onFirstFrames = FrameOcr.Bare(await FrameOcr.ReadAsync(first));
        var onThumbnail = FrameOcr.Bare(await FrameOcr.ReadAsync(renders.PathOf(job, VideoArtifacts.Thumbnail)));

        Assert.Contains("youtube", onFirstFrames, StringComparison.Ordinal);
        Assert.Contains("youtube", onThumbnail, StringComparison.Ordinal);
    }

    private const double AssCaptionsTitleEnd = Pipelines.Video.Captions.AssCaptions.TitleSec;

    private Job JobOf(string preset) => preset == VideoPipeline.SamplePreset ? renders.Sample : renders.Shorts;
}
