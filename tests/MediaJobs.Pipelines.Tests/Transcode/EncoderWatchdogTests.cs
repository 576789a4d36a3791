using System.Diagnostics;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Pipelines.Transcode;

namespace MediaJobs.Pipelines.Tests.Transcode;

[Trait("Tier", "Media")]
public sealed class EncoderWatchdogTests
{
    [Fact]
    public async Task Encode_ReadingAFifoNobodyWrites_IsKilledAndFailsStalled()
    {
        var folder = Directory.CreateTempSubdirectory("mediajobs-stall-").FullName;
        try
        {
            var fifo = Path.Combine(folder, "never.ts");
            using (var mkfifo = Process.Start("mkfifo", [fifo]))
            {
                await mkfifo.WaitForExitAsync();
                Assert.Equal(0, mkfifo.ExitCode);
            }
            var watched = new WatchedFfmpeg(TranscodeSources.Ffmpeg, TimeProvider.System);
            var pid = 0;
            var clock = Stopwatch.StartNew();

            var ex = await Assert.ThrowsAsync<StallException>(() => watched.RunAsync(
                ["-i", fifo, "-f", "null", "-"],
                new FfmpegRunOptions { OnStarted = p => pid = p, GracePeriod = TimeSpan.FromSeconds(1) },
                TimeSpan.FromSeconds(2),
                CancellationToken.None));

            Assert.Equal("Stalled", ex.Error.Code);
            Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(10));
            Assert.NotEqual(0, pid);
            Assert.False(ProcessTree.IsAlive(pid), "the stalled ffmpeg still runs");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Encode_ThatKeepsProgressing_IsNotStoppedByTheWatchdog()
    {
        var watched = new WatchedFfmpeg(TranscodeSources.Ffmpeg, TimeProvider.System);

        // 3 s at real-time speed under a 2 s stall timeout: progress keeps resetting the watchdog.
        var result = await watched.RunAsync(["-re", "-f", "lavfi", "-i", "testsrc2=s=64x48:r=10:d=3", "-f", "null", "-"],
            new FfmpegRunOptions(), TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.Equal(0, result.ExitCode);
    }

    [Fact]
    public async Task Selector_HardwareCandidateFfmpegRejects_FallsBackToSoftware()
    {
        var selector = new EncoderSelector(TranscodeSources.Tools, TranscodeSources.Runner, new TranscodeOptions { HardwareEncoders = ["hevc_fakehw", "av1_fakehw"] });

        await selector.DetectAsync(CancellationToken.None);

        Assert.Equal(VideoEncoder.Software(VideoTarget.Hevc), await selector.SelectAsync(VideoTarget.Hevc, CancellationToken.None));
        Assert.Equal(VideoEncoder.Software(VideoTarget.Av1), await selector.SelectAsync(VideoTarget.Av1, CancellationToken.None));
    }
}
