using System.Globalization;
using MediaJobs.Server.Tests.Support;
using MediaJobs.Testing;

namespace MediaJobs.Server.Tests.Compat;

/// <summary>
/// The server with the fake ffmpeg encoding (2 s of media at 8× real time, 40,000 bytes out, a VMAF score of 96 for
/// every comparison, an FFmpeg "with libvmaf") and a canned ffprobe answer (a 2 s H.264 + AAC MP4), so transcodes and
/// SmartShrink searches run without a real encode. <c>-version</c> and <c>-encoders</c> go to the real tools (the
/// start-up preflight). A folder holding <see cref="VerifyFailsOnce"/> makes the next probe of a temp file in it report
/// the wrong duration, so that job's verify fails once and removes the temp.
/// </summary>
public sealed class ShrinkRayFakeEncodeServer : IDisposable
{
    public const string VerifyFailsOnce = "verify-fails-once";
    public const double Score = 96;

    private const string ProbeJson = """
        {"streams":[{"index":0,"codec_name":"h264","codec_type":"video","width":320,"height":240,"pix_fmt":"yuv420p"},
                    {"index":1,"codec_name":"aac","codec_type":"audio","channels":2}],
         "format":{"format_name":"mov,mp4,m4a,3gp,3g2,mj2","duration":"2.000000","size":"100000","bit_rate":"400000"}}
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("mediajobs-shrinkray-fake-").FullName;

    public ShrinkRayFakeEncodeServer()
    {
        Directory.CreateDirectory(MediaRoot);
        File.WriteAllText(Path.Combine(_folder, "probe.json"), ProbeJson);
        File.WriteAllText(Path.Combine(_folder, "probe-wrong.json"), ProbeJson.Replace("2.000000", "9.000000", StringComparison.Ordinal));
        var fake = FakeFfmpeg.Wrapper(_folder, "--fake-duration", "2", "--fake-speed", "8", "--fake-block-ms", "25",
            "--fake-output-bytes", "40000", "--fake-vmaf", "--fake-score", Score.ToString(CultureInfo.InvariantCulture));
        var ffmpeg = Script("ffmpeg", $"""
            case " $* " in *" -version "*|*" -encoders "*) exec ffmpeg "$@";; esac
            exec '{fake}' "$@"
            """);
        var ffprobe = Script("ffprobe", $"""
            case " $* " in *" -version "*) exec ffprobe "$@";; esac
            for last; do :; done
            last="$(readlink -f "$last")"  # tools are handed /proc/<pid>/fd/N of the checked file
            marker="$(dirname "$last")/{VerifyFailsOnce}"
            case "$(basename "$last")" in .*) if [ -e "$marker" ]; then rm -f "$marker"; exec cat '{_folder}/probe-wrong.json'; fi;; esac
            exec cat '{_folder}/probe.json'
            """);
        Factory = new MediaJobsServerFactory(null, new Dictionary<string, string?>
        {
            ["MediaJobs:MediaRoots:0"] = MediaRoot,
            ["MediaTools:FfmpegPath"] = ffmpeg,
            ["MediaTools:FfprobePath"] = ffprobe,
            ["MediaJobs:Transcode:DetectHardware"] = "false",
        });
    }

    public string MediaRoot => Path.Combine(_folder, "media");

    public MediaJobsServerFactory Factory { get; }

    /// <summary>A 100,000-byte "MP4" in its own folder (the fake tools never read it).</summary>
    public string NewSource(string name)
    {
        var folder = Path.Combine(MediaRoot, name);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "movie.mp4");
        File.WriteAllBytes(path, new byte[100_000]);
        return path;
    }

    public void Dispose()
    {
        Factory.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string Script(string name, string body)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return path;
    }
}
