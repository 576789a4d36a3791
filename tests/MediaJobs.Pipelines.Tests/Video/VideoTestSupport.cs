using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.FFmpeg;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using MediaJobs.Pipelines.Video;

namespace MediaJobs.Pipelines.Tests.Video;

/// <summary>Real tools, and one generated asset library shared by all video tests (rendered once per machine).</summary>
internal static class VideoTestSupport
{
    public static readonly ToolLocator Tools = new();
    public static readonly ProcessRunner Runner = new();
    public static readonly FfmpegRunner Ffmpeg = new(Tools, Runner);
    public static readonly FfprobeClient Ffprobe = new(Tools, Runner);
    public static readonly string AssetsDirectory = Path.Combine(Path.GetTempPath(), "mediajobs-tests-video-assets");

    public static VideoPipeline Pipeline(IScriptWriter? writer = null, ISpeechSynthesizer? speech = null) =>
        new(Tools, Ffmpeg, Ffprobe, Runner, AssetsDirectory, writer, speech);

    public static double LastCueEndSec(string srt)
    {
        var line = srt.Split('\n').Last(l => l.Contains("-->", StringComparison.Ordinal));
        var end = line.Split("-->")[1].Trim().Replace(',', '.');
        return TimeSpan.ParseExact(end, @"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture).TotalSeconds;
    }
}

/// <summary>Counts the scripts it writes; delegates to the offline writer.</summary>
internal sealed class CountingScriptWriter : IScriptWriter
{
    private readonly TemplateScriptWriter _inner = new();
    private int _calls;

    public int Calls => _calls;
    public string Name => _inner.Name;
    public string? CannotWrite(VideoRequest request) => _inner.CannotWrite(request);

    public Task<VideoScript> WriteAsync(VideoRequest request, CancellationToken ct)
    {
        Interlocked.Increment(ref _calls);
        return _inner.WriteAsync(request, ct);
    }
}

/// <summary>A voice that can be made to fail its next call (like a provider outage); otherwise espeak-ng speaks.</summary>
internal sealed class FlakySpeech(ISpeechSynthesizer inner) : ISpeechSynthesizer
{
    private int _failNext;

    public string Name => inner.Name;

    public string Identity => inner.Identity;

    public string? VoiceWarning(string language, string? voiceName) => inner.VoiceWarning(language, voiceName);

    public void FailNextCall() => Interlocked.Exchange(ref _failNext, 1);

    public Task SynthesizeAsync(SpeechRequest request, string outputPath, string? logPath, CancellationToken ct) =>
        Interlocked.Exchange(ref _failNext, 0) == 1
            ? throw new MediaJobsException(new JobError("SpeechFailed:test", "The voice is unavailable.", "Retry the job."))
            : inner.SynthesizeAsync(request, outputPath, logPath, ct);
}
