using System.Diagnostics;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Media.Tests.FFmpeg;

[Trait("Tier", "Media")]
public sealed class FfmpegRunnerTests
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(60);
    private readonly FfmpegRunner _ffmpeg = new(new ToolLocator(), new ProcessRunner());

    [Fact]
    public void BuildArguments_UserArguments_AreAppendedAfterProgressFlags() =>
        Assert.Equal(["-hide_banner", "-nostats", "-progress", "pipe:1", "-y", "-i", "in.mp4", "out.mkv"],
            FfmpegRunner.BuildArguments(["-i", "in.mp4", "out.mkv"]));

    [Fact]
    public async Task RunAsync_TinyTestPattern_ReportsProgressUntilEnd()
    {
        using var temp = new TempDirectory();
        var output = temp.File("clip.mp4");
        var progress = new List<FfmpegProgress>();
        var options = new FfmpegRunOptions
        {
            ExpectedDuration = TimeSpan.FromSeconds(1),
            OnProgress = progress.Add,
            LogPath = temp.File("ffmpeg.log"),
        };

        await _ffmpeg.RunAsync(TestPatternArgs.Build(new TestPatternOptions(output, TimeSpan.FromSeconds(1))), options);

        Assert.True(new FileInfo(output).Length > 0);
        Assert.NotEmpty(progress);
        Assert.True(progress[^1].IsEnd);
        Assert.Equal(100, progress[^1].Percent);
        Assert.InRange(progress[^1].Processed.TotalSeconds, 0.9, 1.2);
        var log = await File.ReadAllLinesAsync(temp.File("ffmpeg.log"));
        Assert.Contains(" -progress pipe:1 ", log[0], StringComparison.Ordinal);
        Assert.Contains("testsrc2=size=160x120:rate=25:duration=1", log[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingInput_ThrowsToolFailedWithStderrTail()
    {
        using var temp = new TempDirectory();

        var ex = await Assert.ThrowsAsync<ToolExecutionException>(() =>
            _ffmpeg.RunAsync(["-i", temp.File("missing input.mp4"), temp.File("out.mp4")]));

        Assert.Equal("ToolFailed:ffmpeg", ex.Error.Code);
        Assert.Contains(ex.StderrTail, l => l.Contains("No such file or directory", StringComparison.Ordinal));
        Assert.Contains("'" + temp.File("missing input.mp4") + "'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_CancelDuringLongEncode_StopsFfmpegAndThrows()
    {
        using var temp = new TempDirectory();
        var output = temp.File("long.mp4");
        var pid = 0;
        var sawProgress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new FfmpegRunOptions
        {
            ExpectedDuration = TimeSpan.FromSeconds(600),
            OnStarted = p => pid = p,
            OnProgress = p =>
            {
                if (p.Processed > TimeSpan.Zero)
                {
                    sawProgress.TrySetResult();
                }
            },
        };
        var args = TestPatternArgs.Build(new TestPatternOptions(output, TimeSpan.FromSeconds(600)) { Realtime = true });
        using var cts = new CancellationTokenSource();

        var run = _ffmpeg.RunAsync(args, options, cts.Token);
        await sawProgress.Task.WaitAsync(WaitLimit);
        Assert.True(ProcessTree.IsAlive(pid));
        var stopwatch = Stopwatch.StartNew();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run.WaitAsync(WaitLimit));

        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(5) + options.GracePeriod, $"stop took {stopwatch.Elapsed}");
        Assert.False(ProcessTree.IsAlive(pid), "ffmpeg is still running after cancel");
        Assert.Throws<ArgumentException>(() => Process.GetProcessById(pid));

        // 'q' on stdin lets ffmpeg finish the container: what was encoded so far is a playable file.
        var probe = await new FfprobeClient(new ToolLocator(), new ProcessRunner()).ProbeAsync(output);
        Assert.True(probe.Duration > TimeSpan.Zero);
    }
}
