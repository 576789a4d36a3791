using System.Text.Json;
using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Fast")]
public sealed class HdrSideDataParserTests
{
    /// <summary>ffprobe 5.1 on an x265 HDR10 clip: <c>-select_streams 0 -read_intervals %+#1 -show_entries frame_side_data_list</c>.</summary>
    private const string X265FirstFrame = """
        {
            "frames": [
                {
                    "side_data_list": [
                        {
                            "side_data_type": "Mastering display metadata",
                            "red_x": "34000/50000",
                            "red_y": "16000/50000",
                            "green_x": "13250/50000",
                            "green_y": "34500/50000",
                            "blue_x": "7500/50000",
                            "blue_y": "3000/50000",
                            "white_point_x": "15635/50000",
                            "white_point_y": "16450/50000",
                            "min_luminance": "1/10000",
                            "max_luminance": "10000000/10000"
                        },
                        {
                            "side_data_type": "Content light level metadata",
                            "max_content": 1000,
                            "max_average": 400
                        },
                        {
                            "side_data_type": "H.26[45] User Data Unregistered SEI message"
                        }
                    ]
                }
            ]
        }
        """;

    /// <summary>The same metadata after SVT-AV1, as dav1d reports it: AV1's fixed-point units.</summary>
    private const string SvtAv1FirstFrame = """
        {
            "frames": [
                {
                    "side_data_list": [
                        {
                            "side_data_type": "Mastering display metadata",
                            "red_x": "44564/65536",
                            "red_y": "20972/65536",
                            "green_x": "17367/65536",
                            "green_y": "45220/65536",
                            "blue_x": "9830/65536",
                            "blue_y": "3932/65536",
                            "white_point_x": "20493/65536",
                            "white_point_y": "21561/65536",
                            "min_luminance": "2/16384",
                            "max_luminance": "256000/256"
                        },
                        {
                            "side_data_type": "Content light level metadata",
                            "max_content": 1000,
                            "max_average": 400
                        }
                    ]
                }
            ]
        }
        """;

    [Fact]
    public void ParseFirstFrame_X265Hdr10_ReadsExactValues()
    {
        var hdr = HdrSideDataParser.ParseFirstFrame(X265FirstFrame);

        Assert.Equal(new MasteringDisplay(0.68m, 0.32m, 0.265m, 0.69m, 0.15m, 0.06m, 0.3127m, 0.329m, 1000m, 0.0001m), hdr?.MasteringDisplay);
        Assert.Equal(new ContentLightLevel(1000, 400), hdr?.ContentLight);
        Assert.True(hdr?.IsComplete);
    }

    [Fact]
    public void ParseFirstFrame_SvtAv1Units_AreExactDecimals()
    {
        var m = HdrSideDataParser.ParseFirstFrame(SvtAv1FirstFrame)?.MasteringDisplay;

        Assert.Equal(44564m / 65536m, m?.RedX);
        Assert.Equal(0.67999267578125m, m?.RedX);
        Assert.Equal(1000m, m?.MaxLuminance);
        Assert.Equal(0.0001220703125m, m?.MinLuminance);
    }

    [Fact]
    public void Parse_StreamSideDataWithLightLevelOnly_HasNoMasteringDisplay()
    {
        using var doc = JsonDocument.Parse("""[{ "side_data_type": "Content light level metadata", "max_content": "650", "max_average": "120" }]""");

        var hdr = HdrSideDataParser.Parse(doc.RootElement);

        Assert.Null(hdr?.MasteringDisplay);
        Assert.Equal(new ContentLightLevel(650, 120), hdr?.ContentLight);
        Assert.False(hdr?.IsComplete);
    }

    [Theory]
    [InlineData("""[{ "side_data_type": "Mastering display metadata", "red_x": "34000/50000" }]""")]
    [InlineData("""[{ "side_data_type": "Mastering display metadata", "red_x": "34000/0", "red_y": "1/2", "green_x": "1/2", "green_y": "1/2", "blue_x": "1/2", "blue_y": "1/2", "white_point_x": "1/2", "white_point_y": "1/2", "min_luminance": "1/10000", "max_luminance": "1000/1" }]""")]
    [InlineData("""[{ "side_data_type": "Mastering display metadata", "red_x": "3/2", "red_y": "1/2", "green_x": "1/2", "green_y": "1/2", "blue_x": "1/2", "blue_y": "1/2", "white_point_x": "1/2", "white_point_y": "1/2", "min_luminance": "1/10000", "max_luminance": "1000/1" }]""")]
    [InlineData("""[{ "side_data_type": "Content light level metadata", "max_content": 0, "max_average": 0 }]""")]
    [InlineData("""[{ "side_data_type": "Display Matrix", "rotation": -90 }]""")]
    [InlineData("""{}""")]
    public void Parse_IncompleteOrNonsense_GivesNothing(string json)
    {
        using var doc = JsonDocument.Parse(json);

        Assert.Null(HdrSideDataParser.Parse(doc.RootElement));
    }

    [Fact]
    public void ParseFirstFrame_NoFrames_GivesNothing() =>
        Assert.Null(HdrSideDataParser.ParseFirstFrame("""{ "frames": [] }"""));

    [Fact]
    public void FfprobeJsonParser_StreamSideData_IsOnTheStream()
    {
        var probe = FfprobeJsonParser.Parse("""
            { "streams": [ { "index": 0, "codec_type": "video", "codec_name": "hevc", "color_transfer": "smpte2084",
                "side_data_list": [ { "side_data_type": "Content light level metadata", "max_content": 1000, "max_average": 400 } ] } ] }
            """);

        Assert.Equal(new ContentLightLevel(1000, 400), probe.PrimaryVideo?.HdrMetadata?.ContentLight);
    }

    [Fact]
    public void FirstFrameArguments_SelectTheStreamAndReadOnePacket() =>
        Assert.Equal(
            ["-v", "error", "-print_format", "json", "-select_streams", "2", "-read_intervals", "%+#1", "-show_entries", "frame_side_data_list", "--", "/m/a b.mkv"],
            FfprobeClient.BuildFirstFrameArguments("/m/a b.mkv", 2));
}
