using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Fast")]
public sealed class FfprobeJsonParserTests
{
    private const string HdrJson = """
        {
          "streams": [
            { "index": 0, "codec_name": "hevc", "profile": "Main 10", "codec_type": "video", "width": 3840, "height": 2160,
              "pix_fmt": "yuv420p10le", "color_transfer": "smpte2084", "color_primaries": "bt2020",
              "r_frame_rate": "30000/1001", "avg_frame_rate": "30000/1001", "duration": "12.345000",
              "disposition": { "default": 1, "attached_pic": 0 }, "tags": { "language": "eng" } },
            { "index": 1, "codec_name": "opus", "codec_type": "audio", "sample_rate": "48000", "channels": 6,
              "r_frame_rate": "0/0", "avg_frame_rate": "0/0", "tags": { "language": "ger" } },
            { "index": 2, "codec_name": "mjpeg", "codec_type": "video", "width": 600, "height": 600,
              "disposition": { "default": 0, "attached_pic": 1 } }
          ],
          "chapters": [
            { "id": 1, "start_time": "0.000000", "end_time": "5.500000", "tags": { "title": "Intro" } }
          ],
          "format": { "format_name": "matroska,webm", "duration": "12.400000", "size": "123456789", "bit_rate": "79649541",
                      "tags": { "title": "Demo" } }
        }
        """;

    [Fact]
    public void Parse_HdrMatroska_ReadsTypedFields()
    {
        var probe = FfprobeJsonParser.Parse(HdrJson);

        var video = Assert.IsType<MediaStream>(probe.PrimaryVideo);
        Assert.Equal(0, video.Index);
        Assert.Equal("hevc", video.CodecName);
        Assert.Equal("Main 10", video.Profile);
        Assert.Equal(30000.0 / 1001, video.FrameRate!.Value, 6);
        Assert.Equal(10, video.BitDepth);
        Assert.True(video.IsHdr);
        Assert.Equal("bt2020", video.ColorPrimaries);
        Assert.Equal("eng", video.Language);
        Assert.Equal(TimeSpan.FromSeconds(12.345), video.Duration);
        var audio = Assert.IsType<MediaStream>(probe.PrimaryAudio);
        Assert.Equal(6, audio.Channels);
        Assert.Equal(48000, audio.SampleRate);
        Assert.Null(audio.FrameRate);
        Assert.Equal("ger", audio.Language);
        Assert.True(probe.Streams[2].IsAttachedPicture);
        Assert.Equal(123456789, probe.Format.Size);
        Assert.Equal(79649541, probe.Format.BitRate);
        Assert.Equal(TimeSpan.FromSeconds(12.4), probe.Duration);
        Assert.Equal("Demo", probe.Format.Tags["title"]);
        var chapter = Assert.Single(probe.Chapters);
        Assert.Equal("Intro", chapter.Title);
        Assert.Equal(TimeSpan.FromSeconds(5.5), chapter.End);
    }

    [Theory]
    [InlineData("30000/1001", 29.97003)]
    [InlineData("25/1", 25.0)]
    [InlineData("24", 24.0)]
    [InlineData("0/0", null)]
    [InlineData("N/A", null)]
    [InlineData("", null)]
    public void ParseRational_Value_ReturnsFramesPerSecond(string value, double? expected)
    {
        var actual = FfprobeJsonParser.ParseRational(value);

        if (expected is null)
        {
            Assert.Null(actual);
        }
        else
        {
            Assert.Equal(expected.Value, actual!.Value, 4);
        }
    }

    [Fact]
    public void Parse_NoStreamsOrFormat_ReturnsEmptyProbe()
    {
        var probe = FfprobeJsonParser.Parse("{}");

        Assert.Empty(probe.Streams);
        Assert.Null(probe.PrimaryVideo);
        Assert.Null(probe.Duration);
    }
}
