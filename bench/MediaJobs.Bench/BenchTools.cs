using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;

namespace MediaJobs.Bench;

/// <summary>The external-tool services every benchmark builds its pipelines from (tools found on PATH).</summary>
internal static class BenchTools
{
    public static readonly ToolLocator Tools = new();
    public static readonly ProcessRunner Runner = new();
    public static readonly FfmpegRunner Ffmpeg = new(Tools, Runner);
    public static readonly FfprobeClient Ffprobe = new(Tools, Runner);
}
