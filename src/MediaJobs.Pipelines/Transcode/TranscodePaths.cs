namespace MediaJobs.Pipelines.Transcode;

/// <summary>
/// Where a transcode writes. The temp file sits beside the source (same folder, so the same file system and an
/// atomic rename) under the project's temp pattern <c>.&lt;name&gt;.mediajobs-tmp.&lt;jobid&gt;.&lt;ext&gt;</c>, which discovery ignores.
/// </summary>
public sealed record TranscodePaths(string Source, string Temp, string Target, string Backup, OutputContainer Container)
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
            Path.Combine(folder, $".{name}{TempMarker}{jobId}{tempExt}"),
            target,
            Path.Combine(folder, Path.GetFileNameWithoutExtension(source) + ".original" + ext),
            container);
    }

    /// <summary>True for a temp file of this project (any job).</summary>
    public static bool IsProjectTemp(string path) =>
        Path.GetFileName(path).StartsWith('.') && Path.GetFileName(path).Contains(TempMarker, StringComparison.Ordinal);

    /// <summary>Removes the temp file if present; true when one was there.</summary>
    public bool DeleteTemp()
    {
        if (!File.Exists(Temp))
        {
            return false;
        }
        File.Delete(Temp);
        return true;
    }
}
