using System.Globalization;

namespace MediaJobs.Pipelines.Video;

/// <summary>Pure builder of espeak-ng arguments. The text goes on stdin (<c>--stdin</c>), never on the command line.</summary>
internal static class EspeakArgs
{
    /// <summary>espeak-ng's default speed in words per minute.</summary>
    public const int NormalWordsPerMinute = 175;

    /// <summary>espeak-ng's default pitch (0–99).</summary>
    public const int NormalPitch = 50;

    public static IReadOnlyList<string> Build(string voice, double speed, double pitch, string outputPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(voice);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputPath);
        var wpm = Math.Clamp((int)Math.Round(NormalWordsPerMinute * speed), 80, 450);
        var p = Math.Clamp((int)Math.Round(NormalPitch * pitch), 0, 99);
        return ["-v", voice, "-s", wpm.ToString(CultureInfo.InvariantCulture), "-p", p.ToString(CultureInfo.InvariantCulture), "-w", outputPath, "--stdin"];
    }
}
