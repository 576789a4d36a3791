using System.Text.Json.Nodes;
using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Media")]
public sealed class TranscodePipelineTests(TranscodeSources sources) : TranscodeTestBase(sources), IClassFixture<TranscodeSources>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task CompressHevc_H264Mp4_ReplacesWithHevcOfSameDurationAndStatsCountRealSaving()
    {
        var path = Place(Sources.H264Mp4);
        var before = new FileInfo(path).Length;

        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path });
        var done = await H.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var after = new FileInfo(path).Length;
        var probe = await TranscodeSources.Ffprobe.ProbeAsync(path);
        Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
        Assert.Equal("aac", probe.PrimaryAudio?.CodecName);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 1.5, 2.5);
        Assert.True(after < before, $"{after} ≥ {before}");
        var stats = await H.Service.GetStatsAsync(null, CancellationToken.None);
        Assert.Equal(new CounterTotals(before - after, before - after), stats.Counter(TranscodeCounters.BytesSaved));
        Assert.Equal(before - after, done.Counters[TranscodeCounters.BytesSaved]);
        Assert.Equal("h264", (string?)done.Results[TranscodeResults.VideoCodec]);
        Assert.Equal(320, (int?)done.Results[TranscodeResults.Width]);
        Assert.Equal(240, (int?)done.Results[TranscodeResults.Height]);
        Assert.Equal(before, (long?)done.Results[TranscodeResults.InputSize]);
        Assert.Equal(after, (long?)done.Results[TranscodeResults.OutputSize]);
        Assert.Equal("libx265", (string?)done.Results[TranscodeResults.Encoder]);
        Assert.False((bool?)done.Results[TranscodeResults.IsHardware]);
        Assert.InRange((long?)done.Results[TranscodeResults.DurationMs] ?? 0, 1900, 2100);
        Assert.NotNull(done.Results["progress"]?[TranscodeResults.Speed]);
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task CompressHevc_MkvWithTwoAudioTracksAndSubtitle_KeepsEveryStream()
    {
        var path = Place(Sources.MultiMkv);

        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path, ["keep_original"] = true });
        await H.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var probe = await TranscodeSources.Ffprobe.ProbeAsync(path);
        Assert.Equal("hevc", probe.PrimaryVideo?.CodecName);
        Assert.Equal(2, probe.Streams.Count(s => s.IsAudio));
        Assert.Contains(probe.Streams, s => s.IsAudio && s.Language == "deu");
        Assert.Equal("subrip", Assert.Single(probe.Streams, s => s.IsSubtitle).CodecName);
        var backup = Path.Combine(MediaRoot, "multi.original.mkv");
        Assert.Equal(Hash(Sources.MultiMkv), Hash(backup));
        Assert.Empty(TempFiles());
    }

    [Fact]
    public async Task CompressHevc_HevcSource_IsSkippedAndUntouched()
    {
        var path = Place(Sources.HevcMkv);

        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path });
        var done = await H.WaitForStatusAsync(job.Id, JobStatus.Skipped, Slow);

        Assert.Contains("HEVC", done.Message, StringComparison.Ordinal);
        Assert.Equal(Hash(Sources.HevcMkv), Hash(path));
        Assert.Equal("hevc", (string?)done.Results[TranscodeResults.VideoCodec]);
    }

    [Fact]
    public async Task Downscale720_On480pSource_IsSkipped()
    {
        var path = Place(Sources.Sd480Mp4);

        var job = await SubmitAsync(TranscodePreset.Downscale720, new JsonObject { ["path"] = path });
        var done = await H.WaitForStatusAsync(job.Id, JobStatus.Skipped, Slow);

        Assert.Contains("720p", done.Message, StringComparison.Ordinal);
        Assert.Equal(Hash(Sources.Sd480Mp4), Hash(path));
    }

    [Fact]
    public async Task ResultLargerThanSource_IsSkippedAndSourceByteIdentical()
    {
        var h = await StartHarnessAsync(new TranscodeOptions { X265Preset = "ultrafast", HevcCrf = 0, DetectHardware = false });
        var path = Place(Sources.StarvedMp4);

        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path }, h);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Skipped, Slow);

        Assert.Contains("result larger than source", done.Message, StringComparison.Ordinal);
        Assert.Equal(Hash(Sources.StarvedMp4), Hash(path));
        Assert.Empty(TempFiles());
        Assert.Equal(0, (await h.Service.GetStatsAsync(null, CancellationToken.None)).Counter(TranscodeCounters.BytesSaved).Lifetime);
    }

    [Fact]
    public async Task SmartShrinkHevcGood_ReportsChosenCrfAndSsimScore()
    {
        var path = Place(Sources.H264Mp4);

        var job = await SubmitAsync(TranscodePreset.SmartShrinkHevc, new JsonObject { ["path"] = path, ["smartshrink_quality"] = "good" });
        var done = await H.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var crf = (int?)done.Results[TranscodeResults.SmartShrinkCrf];
        Assert.InRange(crf ?? -1, 16, 34);
        Assert.InRange((double?)done.Results[TranscodeResults.SmartShrinkScore] ?? 0, 0.975, 1.0);
        Assert.Equal("ssim", (string?)done.Results[TranscodeResults.SmartShrinkMetric]);
        Assert.True((long?)done.Results[TranscodeResults.PredictedSize] > 0);
        Assert.Equal(crf, (int?)done.Results[TranscodeResults.Crf]);
        Assert.Equal("hevc", (await TranscodeSources.Ffprobe.ProbeAsync(path)).PrimaryVideo?.CodecName);
    }

    [Fact]
    public async Task SmartShrink_WithoutQuality_IsRejectedNamingTheField()
    {
        var path = Place(Sources.H264Mp4);

        var ex = await Assert.ThrowsAsync<JobValidationException>(() => SubmitAsync(TranscodePreset.SmartShrinkAv1, new JsonObject { ["path"] = path }));

        Assert.Equal("smartshrink_quality", ex.Field);
    }

    [Theory]
    [InlineData("/etc/hostname")]
    [InlineData("{root}/../outside.mp4")]
    [InlineData("{root}/sub/../../outside.mp4")]
    public async Task PathOutsideMediaRoots_IsRejectedNamingTheFieldAndFileUntouched(string requested)
    {
        var outside = Path.Combine(Path.GetDirectoryName(MediaRoot)!, "outside.mp4");
        File.Copy(Sources.H264Mp4, outside, overwrite: true);
        try
        {
            var ex = await Assert.ThrowsAsync<JobValidationException>(() =>
                SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = requested.Replace("{root}", MediaRoot, StringComparison.Ordinal) }));

            Assert.Equal("path", ex.Field);
            Assert.Contains(MediaRoot, ex.Message, StringComparison.Ordinal);
            Assert.Equal(Hash(Sources.H264Mp4), Hash(outside));
            Assert.Equal(0, (await H.Service.GetStatsAsync(null, CancellationToken.None)).Total);
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task HardwareEncoderThatFails_FallsBackToSoftwareWithWarning()
    {
        var h = await StartHarnessAsync(new TranscodeOptions { X265Preset = "ultrafast", HardwareEncoders = ["hevc_fakehw"], TrustHardwareList = true });
        var path = Place(Sources.H264Mp4);

        var job = await SubmitAsync(TranscodePreset.CompressHevc, new JsonObject { ["path"] = path }, h);
        var done = await h.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        Assert.Equal("libx265", (string?)done.Results[TranscodeResults.Encoder]);
        Assert.False((bool?)done.Results[TranscodeResults.IsHardware]);
        Assert.Contains(done.Warnings, w => w.Code == "HardwareEncoderFailed" && w.Message.Contains("hevc_fakehw", StringComparison.Ordinal));
        Assert.Equal("hevc", (await TranscodeSources.Ffprobe.ProbeAsync(path)).PrimaryVideo?.CodecName);
    }
}
