using MediaJobs.Media.FFmpeg;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Fast")]
public sealed class TestPatternArgsTests
{
    [Fact]
    public void Build_Defaults_ProducesTheDocumentedArgumentList()
    {
        var args = TestPatternArgs.Build(new TestPatternOptions("/tmp/out file.mp4", TimeSpan.FromSeconds(2)));

        Assert.Equal(
        [
            "-f", "lavfi", "-i", "testsrc2=size=160x120:rate=25:duration=2",
            "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=48000:duration=2",
            "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
            "-c:a", "aac", "-shortest", "-movflags", "+faststart", "/tmp/out file.mp4",
        ], args);
    }

    [Fact]
    public void Build_RealtimeAndFractionalDuration_AddsReadRateAndInvariantNumbers()
    {
        var options = new TestPatternOptions("o.mp4", TimeSpan.FromMilliseconds(1500))
        {
            Width = 320,
            Height = 240,
            FrameRate = 30,
            Preset = "veryfast",
            Realtime = true,
        };

        var args = TestPatternArgs.Build(options);

        Assert.Equal("-re", args[0]);
        Assert.Equal("testsrc2=size=320x240:rate=30:duration=1.5", args[4]);
        Assert.Equal(2, args.Count(a => a == "-re"));
        Assert.Contains("veryfast", args);
    }

    [Fact]
    public void Build_ZeroDuration_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TestPatternArgs.Build(new TestPatternOptions("o.mp4", TimeSpan.Zero)));
}
