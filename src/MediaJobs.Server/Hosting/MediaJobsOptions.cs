using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Hosting;

/// <summary>
/// Configuration section <c>MediaJobs</c>. The data directory comes from <c>MediaJobs:DataDirectory</c>
/// (or <c>MEDIAJOBS__DATADIRECTORY</c>), else the <c>MEDIAJOBS_DATA</c> variable, else <c>./data</c>.
/// </summary>
public sealed class MediaJobsOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs";
    public const string DataEnvironmentVariable = "MEDIAJOBS_DATA";
    public const string DefaultDataDirectory = "./data";

    public string? DataDirectory { get; set; }

    /// <summary>A path the file system can hold: no NUL or other invalid path character.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DataDirectory is { } path && path.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            yield return new ValidationResult("must be a folder path without invalid characters (such as NUL).", [nameof(DataDirectory)]);
        }
    }

    /// <summary>The data directory after the fallbacks above.</summary>
    public string ResolveDataDirectory() =>
        !string.IsNullOrWhiteSpace(DataDirectory) ? DataDirectory
        : Environment.GetEnvironmentVariable(DataEnvironmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : DefaultDataDirectory;
}
