using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Fast")]
public sealed class FfmpegProgressParserTests
{
    // Captured from ffmpeg 5.1.9 (Debian 12): `ffmpeg -re -f lavfi -i testsrc2=... -progress pipe:1 -nostats`.
    private static readonly string[] FirstBlock =
    [
        "frame=1", "fps=0.00", "stream_0_0_q=0.0", "bitrate=N/A", "total_size=48", "out_time_us=0", "out_time_ms=0",
        "out_time=00:00:00.000000", "dup_frames=0", "drop_frames=0", "speed=   0x", "progress=continue",
    ];

    private static readonly string[] MiddleBlock =
    [
        "frame=13", "fps=0.00", "stream_0_0_q=22.0", "bitrate=   1.2kbits/s", "total_size=48", "out_time_us=320078",
        "out_time_ms=320078", "out_time=00:00:00.320078", "dup_frames=0", "drop_frames=0", "speed=0.637x", "progress=continue",
    ];

    private static readonly string[] LaterBlock =
    [
        "frame=26", "fps=25.94", "stream_0_0_q=21.0", "bitrate=   0.5kbits/s", "total_size=48", "out_time_us=840078",
        "out_time_ms=840078", "out_time=00:00:00.840078", "dup_frames=0", "drop_frames=0", "speed=0.838x", "progress=continue",
    ];

    private static readonly string[] EndBlock =
    [
        "frame=50", "fps=0.00", "stream_0_0_q=-1.0", "bitrate= 345.8kbits/s", "total_size=86674", "out_time_us=2005333",
        "out_time_ms=2005333", "out_time=00:00:02.005333", "dup_frames=0", "drop_frames=0", "speed=56.3x", "progress=end",
    ];

    [Fact]
    public void Push_LinesInsideABlock_ReturnNullUntilProgressLine()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(20));

        var results = MiddleBlock.Select(parser.Push).ToList();

        Assert.All(results[..^1], Assert.Null);
        Assert.NotNull(results[^1]);
    }

    [Fact]
    public void Push_CapturedMiddleBlock_ReportsTimePercentSpeedAndEta()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(20));

        var progress = Feed(parser, MiddleBlock);

        Assert.Equal(TimeSpan.FromMicroseconds(320078), progress.Processed);
        Assert.Equal(1.60039, progress.Percent!.Value, 4);
        Assert.Equal(0.637, progress.Speed);
        Assert.Equal((20 - 0.320078) / 0.637, progress.Eta!.Value.TotalSeconds, 2);
        Assert.Equal(13, progress.Frame);
        Assert.Equal(48, progress.TotalSize);
        Assert.False(progress.IsEnd);
    }

    [Fact]
    public void Push_FirstBlockWithZeroSpeed_HasNoEta()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(20));

        var progress = Feed(parser, FirstBlock);

        Assert.Equal(TimeSpan.Zero, progress.Processed);
        Assert.Equal(0, progress.Percent);
        Assert.Equal(0, progress.Speed);
        Assert.Null(progress.Eta);
    }

    [Fact]
    public void Push_SuccessiveBlocks_ReportIncreasingTime()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(20));

        var first = Feed(parser, MiddleBlock);
        var second = Feed(parser, LaterBlock);

        Assert.True(second.Processed > first.Processed);
        Assert.Equal(25.94, second.Fps);
    }

    [Fact]
    public void Push_EndBlock_ReportsCompleteWithZeroEta()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(2));

        var progress = Feed(parser, EndBlock);

        Assert.True(progress.IsEnd);
        Assert.Equal(100, progress.Percent);
        Assert.Equal(TimeSpan.Zero, progress.Eta);
        Assert.Equal(56.3, progress.Speed);
        Assert.Equal(86674, progress.TotalSize);
    }

    [Fact]
    public void Push_NotAvailableValues_KeepLastTimeAndLeaveSpeedUnknown()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(20));
        Feed(parser, MiddleBlock);

        var progress = Feed(parser, ["out_time_us=N/A", "out_time_ms=N/A", "out_time=N/A", "speed=N/A", "fps=N/A", "progress=continue"]);

        Assert.Equal(TimeSpan.FromMicroseconds(320078), progress.Processed);
        Assert.Null(progress.Speed);
        Assert.Null(progress.Fps);
        Assert.Null(progress.Eta);
    }

    [Fact]
    public void Push_OnlyOutTimeClock_ParsesIt()
    {
        var parser = new FfmpegProgressParser(null);

        var progress = Feed(parser, ["out_time=01:02:03.500000", "progress=continue"]);

        Assert.Equal(new TimeSpan(0, 1, 2, 3, 500), progress.Processed);
        Assert.Null(progress.Percent);
        Assert.Null(progress.Eta);
    }

    [Fact]
    public void Push_TimePastExpectedTotal_ClampsPercentTo100()
    {
        var parser = new FfmpegProgressParser(TimeSpan.FromSeconds(1));

        var progress = Feed(parser, MiddleBlock.Select(l => l.Replace("320078", "1500000", StringComparison.Ordinal)));

        Assert.Equal(100, progress.Percent);
        Assert.Equal(TimeSpan.Zero, progress.Eta);
    }

    private static FfmpegProgress Feed(FfmpegProgressParser parser, IEnumerable<string> lines)
    {
        FfmpegProgress? last = null;
        foreach (var line in lines)
        {
            last = parser.Push(line) ?? last;
        }

        return Assert.IsType<FfmpegProgress>(last);
    }
}
