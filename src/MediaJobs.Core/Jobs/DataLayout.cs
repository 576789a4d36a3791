namespace MediaJobs.Core.Jobs;

/// <summary>
/// Files on disk under the data directory (MEDIAJOBS_DATA): <c>jobs/&lt;id&gt;/work</c> (temp, removed
/// when the job ends), <c>jobs/&lt;id&gt;/output</c> (artifacts), <c>jobs/&lt;id&gt;/logs</c> (tool logs).
/// </summary>
public sealed class DataLayout(string dataDirectory)
{
    public string DataDirectory { get; } = Path.GetFullPath(dataDirectory);

    public string JobDirectory(string jobId) => Path.Combine(DataDirectory, "jobs", CheckId(jobId));

    public string WorkDirectory(string jobId) => Path.Combine(JobDirectory(jobId), "work");

    public string OutputDirectory(string jobId) => Path.Combine(JobDirectory(jobId), "output");

    public string LogDirectory(string jobId) => Path.Combine(JobDirectory(jobId), "logs");

    public string AssetsDirectory => Path.Combine(DataDirectory, "assets");

    /// <summary>Absolute path of a data-relative path; refuses anything that escapes the data directory.</summary>
    public string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(DataDirectory, relativePath));
        if (!full.StartsWith(DataDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"Path '{relativePath}' escapes the data directory.", nameof(relativePath));
        }
        return full;
    }

    public string ToRelative(string absolutePath) => Path.GetRelativePath(DataDirectory, absolutePath);

    // Ids become folder names: only ids we issue may get that far.
    private static string CheckId(string jobId) => JobIds.IsWellFormed(jobId)
        ? jobId
        : throw new ArgumentException($"'{jobId}' is not a job id.", nameof(jobId));
}
