using MediaJobs.Core.Jobs;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// The check before a transcode deletes a temp file. Temp files live in the user's library, not in the job's folder,
/// so only the exact file this job writes for this source passes: in the source's own folder, named
/// <c>.&lt;source name&gt;.mediajobs-tmp.&lt;job id&gt;.mkv|mp4</c>, with a real job id and plain absolute paths, and never
/// the source, its replacement or its backup. Anything else, whatever a stored job says, is refused.
/// </summary>
internal static class TempFileGuard
{
    public static bool IsJobTemp(string path, string source, string jobId)
    {
        if (string.IsNullOrEmpty(path) || string.IsNullOrEmpty(source) || !JobIds.IsWellFormed(jobId)
            || !IsPlainAbsolute(path) || !IsPlainAbsolute(source))
        {
            return false;
        }
        var sourceName = Path.GetFileName(source);
        var folder = Path.GetDirectoryName(source);
        if (sourceName.Length == 0 || folder is null || !string.Equals(Path.GetDirectoryName(path), folder, StringComparison.Ordinal))
        {
            return false;
        }
        var name = Path.GetFileName(path);
        var ours = name == TranscodePaths.TempName(sourceName, jobId, ".mkv") || name == TranscodePaths.TempName(sourceName, jobId, ".mp4");
        var paths = TranscodePaths.For(source, jobId);
        return ours && path != paths.Source && path != paths.Target && path != paths.Backup;
    }

    // No "..", "." or doubled separators: the path must already be what it resolves to.
    private static bool IsPlainAbsolute(string path) =>
        Path.IsPathFullyQualified(path) && string.Equals(Path.GetFullPath(path), path, StringComparison.Ordinal);
}
