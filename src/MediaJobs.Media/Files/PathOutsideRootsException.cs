using MediaJobs.Core.Errors;
using MediaJobs.Core.Jobs;

namespace MediaJobs.Media.Files;

/// <summary>
/// A path that, when it was opened, led outside every allowed root (a symbolic link swapped in, or a folder moved).
/// The message names only the path as requested, never where it really led.
/// </summary>
public sealed class PathOutsideRootsException(string requested)
    : MediaJobsException(new JobError(
        Code,
        $"'{requested}' now leads outside the media roots (a folder or file on the way was replaced by a symbolic link, or moved); nothing was changed.",
        "Put the real file back under a media root (remove the link), then submit it again."))
{
    public const string Code = "PathOutsideRoots";

    public string Requested { get; } = requested;
}
