using MediaJobs.Media.Files;

namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Where a transcode writes. The temp file sits beside the source (same folder, so the same file system and an
/// atomic rename) under the project's temp pattern <c>.&lt;name&gt;.mediajobs-tmp.&lt;jobid&gt;.&lt;ext&gt;</c>, which discovery ignores.
/// The path follows from the job's stored input and id alone, so a restarted server finds a crashed run's temp file.
/// </summary>
internal sealed record TranscodePaths(string Source, string Temp, string Target, string Backup, OutputContainer Container, string JobId)
{
    public const string TempMarker = ".mediajobs-tmp.";

    public static TranscodePaths For(string source, string jobId)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        var folder = Path.GetDirectoryName(source)!;
        var name = Path.GetFileName(source);
        var ext = Path.GetExtension(source);
        var container = OutputContainerExtensions.ForExtension(ext);
        var target = container == OutputContainer.Matroska && !string.Equals(ext, ".mkv", StringComparison.OrdinalIgnoreCase)
            ? Path.ChangeExtension(source, ".mkv")
            : source;
        var tempExt = container == OutputContainer.Mp4 ? ".mp4" : ".mkv";
        return new TranscodePaths(
            source,
            Path.Combine(folder, TempName(name, jobId, tempExt)),
            target,
            Path.Combine(folder, Path.GetFileNameWithoutExtension(source) + ".original" + ext),
            container,
            jobId);
    }

    /// <summary>The temp file's name for a source file name: hidden, marked, and unique to the job.</summary>
    public static string TempName(string sourceName, string jobId, string extension) => $".{sourceName}{TempMarker}{jobId}{extension}";

    /// <summary>True for a temp file of this project (any job), or a file in a segment folder of one.</summary>
    public static bool IsProjectTemp(string path) =>
        IsTempName(Path.GetFileName(path)) || IsTempName(Path.GetFileName(Path.GetDirectoryName(path)) ?? "");

    private static bool IsTempName(string name) => name.StartsWith('.') && name.Contains(TempMarker, StringComparison.Ordinal);

    public string TempEntry => Path.GetFileName(Temp);

    public string SourceEntry => Path.GetFileName(Source);

    public string TargetEntry => Path.GetFileName(Target);

    public string BackupEntry => Path.GetFileName(Backup);

    /// <summary>
    /// Removes the temp file from <paramref name="folder"/> (the source's folder, opened and checked under a root) if
    /// present; true when one was there. Refuses any path <see cref="TempFileGuard"/> does not pass.
    /// </summary>
    public bool DeleteTemp(RootedFile folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!TempFileGuard.IsJobTemp(Temp, Source, JobId))
        {
            throw new InvalidOperationException($"Refusing to delete '{Temp}': it is not the temp file of job {JobId} for '{Source}'.");
        }
        return folder.DeleteEntry(TempEntry);
    }
}
