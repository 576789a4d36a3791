using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;

namespace MediaJobs.Media.Tests.Processes;

[Trait("Tier", "Fast")]
public sealed class ProcessSpecTests
{
    [Fact]
    public void New_WithoutOptions_InterruptsAndWaitsFiveSeconds()
    {
        var spec = new ProcessSpec("tool", ["a"]);

        Assert.Equal(GracefulStop.Interrupt, spec.GracefulStop);
        Assert.Equal(TimeSpan.FromSeconds(5), spec.GracePeriod);
    }

    [Fact]
    public void New_FromFfmpegRunOptions_TakesEveryCallSetting()
    {
        Action<int> started = _ => { };
        Action<string> stderr = _ => { };
        var options = new FfmpegRunOptions
        {
            WorkingDirectory = "/work",
            GracePeriod = TimeSpan.FromSeconds(3),
            LogPath = "/work/ffmpeg.log",
            OnStarted = started,
            OnStderrLine = stderr,
            ExpectedDuration = TimeSpan.FromSeconds(9),
        };

        var spec = new ProcessSpec("ffmpeg", ["-i", "in.mp4"], options);

        Assert.Equal(("ffmpeg", "in.mp4"), (spec.FileName, spec.Arguments[1]));
        Assert.Equal("/work", spec.WorkingDirectory);
        Assert.Equal(GracefulStop.QuitOnStdin, spec.GracefulStop);
        Assert.Equal(TimeSpan.FromSeconds(3), spec.GracePeriod);
        Assert.Equal("/work/ffmpeg.log", spec.LogPath);
        Assert.Same(started, spec.OnStarted);
        Assert.Same(stderr, spec.OnStderrLine);
    }

    [Fact]
    public void FfmpegRunOptions_Defaults_QuitOnStdinWithShortGrace()
    {
        var options = new FfmpegRunOptions();

        Assert.Equal(GracefulStop.QuitOnStdin, options.GracefulStop);
        Assert.Equal(TimeSpan.FromSeconds(1), options.GracePeriod);
    }
}
