using System.Text.Json.Nodes;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

/// <summary>
/// HDR10 through a real encode each way: the output keeps the source's colour signalling, mastering display and
/// content light level, within one unit of the output format (x265: 1/50000 and 0.0001 cd/m²; AV1: 2^-16, 2^-8 and 2^-14).
/// </summary>
[Trait("Tier", "Media")]
public sealed class HdrTranscodeTests(TranscodeSources sources) : TranscodeTestBase(sources), IClassFixture<TranscodeSources>
{
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(120);

    private sealed record Units(decimal Chromaticity, decimal MaxLuminance, decimal MinLuminance);

    private static readonly Units X265Units = new(1m / 50000, 1m / 10000, 1m / 10000);
    private static readonly Units Av1Units = new(1m / 65536, 1m / 256, 1m / 16384);

    [Fact]
    public async Task CompressAv1_Hdr10HevcSource_OutputKeepsMasteringDisplayAndLightLevel() =>
        await TranscodeAndCompareAsync(Sources.Hdr10HevcMkv, TranscodePreset.CompressAv1, "av1", Av1Units);

    [Fact]
    public async Task CompressHevc_Hdr10Av1Source_OutputKeepsMasteringDisplayAndLightLevel() =>
        await TranscodeAndCompareAsync(Sources.Hdr10Av1Mkv, TranscodePreset.CompressHevc, "hevc", X265Units);

    private async Task TranscodeAndCompareAsync(string original, string preset, string codec, Units units)
    {
        var path = Place(original);
        var (sourceStream, sourceHdr) = await ProbeHdrAsync(path);
        Assert.NotNull(sourceHdr?.MasteringDisplay);
        Assert.NotNull(sourceHdr?.ContentLight);

        var job = await SubmitAsync(preset, new JsonObject { ["path"] = path });
        await H.WaitForStatusAsync(job.Id, JobStatus.Succeeded, Slow);

        var (stream, hdr) = await ProbeHdrAsync(path);
        Assert.Equal(codec, stream.CodecName);
        Assert.Equal(10, stream.BitDepth);
        Assert.Equal(("bt2020", "smpte2084", "bt2020nc"), (stream.ColorPrimaries, stream.ColorTransfer, stream.ColorSpace));
        Assert.Equal((sourceStream.ColorPrimaries, sourceStream.ColorTransfer, sourceStream.ColorSpace), (stream.ColorPrimaries, stream.ColorTransfer, stream.ColorSpace));
        Assert.Equal(sourceHdr.ContentLight, hdr?.ContentLight);
        var (s, o) = (sourceHdr.MasteringDisplay, hdr?.MasteringDisplay);
        Assert.NotNull(o);
        (string Name, decimal Source, decimal Output, decimal Unit)[] values =
        [
            ("red x", s.RedX, o.RedX, units.Chromaticity), ("red y", s.RedY, o.RedY, units.Chromaticity),
            ("green x", s.GreenX, o.GreenX, units.Chromaticity), ("green y", s.GreenY, o.GreenY, units.Chromaticity),
            ("blue x", s.BlueX, o.BlueX, units.Chromaticity), ("blue y", s.BlueY, o.BlueY, units.Chromaticity),
            ("white x", s.WhitePointX, o.WhitePointX, units.Chromaticity), ("white y", s.WhitePointY, o.WhitePointY, units.Chromaticity),
            ("max luminance", s.MaxLuminance, o.MaxLuminance, units.MaxLuminance), ("min luminance", s.MinLuminance, o.MinLuminance, units.MinLuminance),
        ];
        Assert.All(values, v => Assert.True(Math.Abs(v.Source - v.Output) <= v.Unit, $"{v.Name}: source {v.Source}, output {v.Output}"));
        Assert.Empty(TempFiles());
    }

    private static async Task<(MediaStream Stream, HdrMetadata? Hdr)> ProbeHdrAsync(string path)
    {
        var stream = (await TranscodeSources.Ffprobe.ProbeAsync(path)).PrimaryVideo!;
        return (stream, HdrMetadata.Merge(stream.HdrMetadata, await TranscodeSources.Ffprobe.ProbeFirstFrameHdrAsync(path, stream.Index)));
    }
}
