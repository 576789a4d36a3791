using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;
using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>Why a transcode stops before touching its source. Messages name the path as submitted (under a root), never where a link leads.</summary>
internal static class TranscodeErrors
{
    public const string SourceChangedCode = "SourceChanged";

    public static MediaJobsException SourceMissing(string path) =>
        new(new JobError("SourceMissing", $"'{path}' no longer exists.", "Check the file is still there, then submit it again."));

    public static MediaJobsException SourceChanged(string path, string what) =>
        new(new JobError(
            SourceChangedCode,
            $"'{path}' is no longer the file that was probed ({what}); nothing was changed.",
            "Submit the file again, so that it is probed as it is now."));

    public static MediaJobsException OutsideRoots(string path) => new PathOutsideRootsException(path);
}
