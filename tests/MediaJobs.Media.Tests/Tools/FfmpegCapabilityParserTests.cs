using MediaJobs.Media.Tools;

namespace MediaJobs.Media.Tests.Tools;

[Trait("Tier", "Fast")]
public sealed class FfmpegCapabilityParserTests
{
    // Captured from `ffmpeg -hide_banner -encoders` / `-filters` (ffmpeg 5.1.9, Debian 12), shortened.
    private const string Encoders = """
        Encoders:
         V..... = Video
         A..... = Audio
         S..... = Subtitle
         .F.... = Frame-level multithreading
         ------
         V....D a64multi             Multicolor charset for Commodore 64 (codec a64_multi)
         V....D libx264              libx264 H.264 / AVC / MPEG-4 AVC / MPEG-4 part 10 (codec h264)
         A..... aac                  AAC (Advanced Audio Coding)
         S..... ass                  ASS (Advanced SubStation Alpha) subtitle
        """;

    private const string Filters = """
        Filters:
          T.. = Timeline support
          .S. = Slice threading
          ..C = Command support
          A = Audio input/output
          V = Video input/output
          N = Dynamic number and/or type of input/output
          | = Source or sink filter
         ... abench            A->A       Benchmark part of a filtergraph.
         ..C acompressor       A->A       Audio compressor.
         ... vmafmotion        V->V       Calculate the VMAF Motion score.
         ... testsrc2          |->V       Generate another test pattern.
        """;

    [Fact]
    public void ParseEncoders_CapturedListing_ReturnsEncoderNamesOnly()
    {
        var encoders = FfmpegCapabilityParser.ParseEncoders(Encoders);

        Assert.Equal(new HashSet<string> { "a64multi", "libx264", "aac", "ass" }, encoders);
    }

    [Fact]
    public void ParseFilters_CapturedListing_ReturnsFilterNamesOnly()
    {
        var filters = FfmpegCapabilityParser.ParseFilters(Filters);

        Assert.Equal(new HashSet<string> { "abench", "acompressor", "vmafmotion", "testsrc2" }, filters);
        Assert.DoesNotContain("libvmaf", filters);
    }
}
