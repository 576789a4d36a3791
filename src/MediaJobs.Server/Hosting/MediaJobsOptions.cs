namespace MediaJobs.Server.Hosting;

/// <summary>
/// Configuration section <c>MediaJobs</c>. The data directory comes from <c>MediaJobs:DataDirectory</c>
/// (or <c>MEDIAJOBS__DATADIRECTORY</c>), else the <c>MEDIAJOBS_DATA</c> variable, else <c>./data</c>.
/// </summary>
public sealed class MediaJobsOptions
{
    public const string SectionName = "MediaJobs";
    public const string DataEnvironmentVariable = "MEDIAJOBS_DATA";
    public const string DefaultDataDirectory = "./data";

    public string? DataDirectory { get; set; }

    /// <summary>The data directory after the fallbacks above.</summary>
    public string ResolveDataDirectory() =>
        !string.IsNullOrWhiteSpace(DataDirectory) ? DataDirectory
        : Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : DefaultDataDirectory;
}
