namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Candidate video files under the given files and folders (recursive), by extension: the project's own temp
/// files and <c>*.original.*</c> backups are left out; links that leave the media roots are left to the caller.
/// </summary>
public static class VideoFileFinder
{
    /// <summary>File extensions discovery treats as video candidates (then confirmed by ffprobe).</summary>
    public static IReadOnlySet<string> CandidateExtensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".mkv", ".mp4", ".m4v", ".mov", ".avi", ".wmv", ".ts", ".m2ts", ".mts", ".webm", ".flv", ".mpg", ".mpeg", ".vob", ".3gp",
    };

    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        foreach (var path in paths)
        {
            var files = Directory.Exists(path) ? Directory.EnumerateFiles(path, "*", options) : [path];
            foreach (var file in files.Where(IsCandidate))
            {
                found.Add(file);
            }
        }
        return [.. found];
    }

    public static bool IsCandidate(string file) =>
        CandidateExtensions.Contains(Path.GetExtension(file))
        && !TranscodePaths.IsProjectTemp(file)
        && !Path.GetFileNameWithoutExtension(file).EndsWith(".original", StringComparison.Ordinal);
}
