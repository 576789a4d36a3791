using System.Globalization;
using System.Text.RegularExpressions;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Where a segmented encode keeps its pieces: a hidden folder beside the source (under the media roots, so every node
/// that sees the source sees them), named with the project's temp marker and the job id
/// (<c>.&lt;name&gt;.mediajobs-tmp.&lt;jobid&gt;.segments</c>), which discovery ignores. A segment is written as
/// <c>000003.partial.mkv</c> and committed by renaming it to <c>000003.mkv</c>: a committed name is a whole segment.
/// </summary>
internal static partial class SegmentPaths
{
    public const string ListEntry = "segments.ffconcat";

    /// <summary>
    /// A random id written when the folder is made: the segment jobs of one folder carry it, so after a cancel or a
    /// failure removed the folder, a retry's new folder gets new segment jobs while a re-run after a crash finds its own.
    /// </summary>
    public const string RoundEntry = "segments.round";

    /// <summary>The segment folder's name beside <paramref name="sourceName"/>.</summary>
    public static string FolderEntry(string sourceName, string jobId) => TranscodePaths.TempName(sourceName, jobId, ".segments");

    public static string Committed(int index) => index.ToString("000000", CultureInfo.InvariantCulture) + ".mkv";

    public static string Partial(int index) => index.ToString("000000", CultureInfo.InvariantCulture) + ".partial.mkv";

    /// <summary>True for the names this project writes into a segment folder (and nothing else is ever removed there).</summary>
    public static bool IsOwnEntry(string name) => OwnEntry().IsMatch(name) || name is ListEntry or RoundEntry;

    [GeneratedRegex(@"^\d{6}(\.partial)?\.mkv$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnEntry();
}
