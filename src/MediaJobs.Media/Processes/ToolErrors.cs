using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Media.Processes;

/// <summary>Errors for tools that cannot be started.</summary>
public static class ToolErrors
{
    /// <summary><c>ToolNotFound:&lt;name&gt;</c> with an install hint.</summary>
    public static MediaJobsException NotFound(string toolName, string attemptedPath, Exception? inner = null)
    {
        var package = PackageFor(toolName);
        var error = new JobError(
            $"ToolNotFound:{toolName}",
            $"The external tool '{toolName}' was not found (looked for '{attemptedPath}').",
            $"Install it with scripts/setup (apt-get install -y {package}), or set its path in the MediaTools options.");
        return new MediaJobsException(error, inner);
    }

    /// <summary>The Debian package that provides a tool.</summary>
    public static string PackageFor(string toolName) => toolName switch
    {
        "ffmpeg" or "ffprobe" => "ffmpeg",
        "espeak-ng" => "espeak-ng",
        "tesseract" => "tesseract-ocr",
        "pdftotext" or "pdftoppm" or "pdfinfo" or "pdfimages" => "poppler-utils",
        _ => toolName,
    };
}
