using System.Collections.Concurrent;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Chooses the video encoder: a hardware one (NVENC, QSV, VAAPI) that passed a one-frame test encode, else the
/// software one. The test runs once per codec (at start-up through <see cref="DetectAsync"/>, else on first use).
/// A singleton; each test encode's answer is kept for the life of the process per ffmpeg binary, as the GPU does
/// not change under a running process (a process hosting many servers, the test suite, would otherwise spawn six
/// encodes per server).
/// </summary>
public sealed class EncoderSelector(ToolLocator tools, ProcessRunner runner, TranscodeOptions options)
{
    private static readonly ConcurrentDictionary<(string Ffmpeg, string Encoder), Lazy<Task<bool>>> TestEncodes = new();

    private readonly ConcurrentDictionary<VideoCodec, Lazy<Task<VideoEncoder>>> _chosen = new();

    /// <summary>Runs the hardware probes for both codecs (call at start-up).</summary>
    public Task DetectAsync(CancellationToken ct) => Task.WhenAll(SelectAsync(VideoCodec.Hevc, ct), SelectAsync(VideoCodec.Av1, ct));

    public Task<VideoEncoder> SelectAsync(VideoCodec target, CancellationToken ct) =>
        _chosen.GetOrAdd(target, t => new Lazy<Task<VideoEncoder>>(() => ProbeAsync(t))).Value.WaitAsync(ct);

    /// <summary>The one-frame test encode (pure).</summary>
    public static IReadOnlyList<string> TestEncodeArguments(string encoder)
    {
        var args = new List<string> { "-hide_banner", "-nostdin", "-v", "error" };
        if (encoder.EndsWith("_vaapi", StringComparison.Ordinal))
        {
            args.AddRange(["-vaapi_device", "/dev/dri/renderD128"]);
        }
        args.AddRange(["-f", "lavfi", "-i", "color=c=black:s=256x256:r=25", "-frames:v", "1"]);
        if (encoder.EndsWith("_vaapi", StringComparison.Ordinal))
        {
            args.AddRange(["-vf", "format=nv12,hwupload"]);
        }
        args.AddRange(["-c:v", encoder, "-f", "null", "-"]);
        return args;
    }

    private async Task<VideoEncoder> ProbeAsync(VideoCodec target)
    {
        var candidates = options.HardwareEncoders.Count > 0 ? options.HardwareEncoders : [.. VideoEncoder.HardwareCandidates(target)];
        var prefix = TranscodeCodecs.Name(target);
        foreach (var name in candidates.Where(c => c.StartsWith(prefix, StringComparison.Ordinal)))
        {
            if (!options.DetectHardware && !options.TrustHardwareList)
            {
                break;
            }
            if (options.TrustHardwareList || await TestEncodePassesAsync(name))
            {
                return new VideoEncoder(name, target, IsHardware: true);
            }
        }
        return VideoEncoder.Software(target);
    }

    // Shared by every host of the process, so it runs on no caller's token.
    private Task<bool> TestEncodePassesAsync(string encoder)
    {
        if (tools.TryFind(MediaTool.Ffmpeg) is not { } ffmpeg)
        {
            return Task.FromResult(false);
        }
        return TestEncodes.GetOrAdd((ffmpeg, encoder), key => new Lazy<Task<bool>>(() => RunTestEncodeAsync(key.Ffmpeg, key.Encoder))).Value;
    }

    private async Task<bool> RunTestEncodeAsync(string ffmpeg, string encoder)
    {
        try
        {
            var result = await runner.RunAsync(new ProcessSpec(ffmpeg, TestEncodeArguments(encoder))
            {
                ToolName = "ffmpeg",
                ValidateExitCode = false,
                GracefulStop = GracefulStop.Terminate,
                GracePeriod = TimeSpan.FromSeconds(2),
            }, CancellationToken.None);
            return result.ExitCode == 0;
        }
        catch (Core.Errors.MediaJobsException)
        {
            return false;
        }
    }
}
