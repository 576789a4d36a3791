using System.Globalization;
using MediaJobs.Media.Processes;
using MediaJobs.Media.Tools;
using static MediaJobs.Pipelines.Tests.Video.VideoTestSupport;

namespace MediaJobs.Pipelines.Tests.Video.Captions;

/// <summary>Grabs frames of a video with ffmpeg and reads their text with Tesseract (the real tools).</summary>
internal static class FrameOcr
{
    /// <summary>The frame at <paramref name="atSec"/> as a PNG, optionally only the band from <paramref name="fromY"/> to <paramref name="toY"/> (fractions of the height).</summary>
    public static async Task<string> GrabAsync(string video, double atSec, string png, double fromY = 0, double toY = 1)
    {
        var c = CultureInfo.InvariantCulture;
        var crop = string.Create(c, $"crop=iw:ih*{toY - fromY:0.###}:0:ih*{fromY:0.###}");
        await Ffmpeg.RunAsync(["-ss", atSec.ToString("0.###", c), "-i", video, "-frames:v", "1", "-vf", crop, "-f", "image2", png]);
        return png;
    }

    /// <summary>
    /// Tesseract's reading of the image, and of its bright parts alone (captions are light text with a dark stroke on
    /// busy b-roll), joined; lower case.
    /// </summary>
    public static async Task<string> ReadAsync(string png)
    {
        var images = new List<string> { png };
        // Two cut-offs: white text alone (220), and white plus the highlight colour (170).
        foreach (var level in new[] { 170, 220 })
        {
            var bright = Path.ChangeExtension(png, string.Create(CultureInfo.InvariantCulture, $".bright{level}.png"));
            await Ffmpeg.RunAsync(["-i", png, "-vf", string.Create(CultureInfo.InvariantCulture, $"format=gray,lutyuv=y='if(gt(val,{level}),0,255)'"), "-f", "image2", bright]);
            images.Add(bright);
        }
        var texts = new List<string>();
        foreach (var image in images)
        {
            var result = await Runner.RunAsync(new ProcessSpec(Tools.Find(MediaTool.Tesseract), [image, "stdout", "--psm", "11", "-l", "eng"])
            {
                ToolName = "tesseract",
                CaptureStandardOutput = true,
                Environment = new Dictionary<string, string?> { ["OMP_THREAD_LIMIT"] = "1" },
            });
            texts.Add(result.StandardOutput);
        }
        return string.Join('\n', texts).ToLowerInvariant();
    }

    /// <summary>Letters and digits only, so "video." matches "video".</summary>
    public static string Bare(string word) => new([.. word.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}
