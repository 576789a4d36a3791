using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Server.Dashboard;

/// <summary>The built web dashboard (configuration section <c>MediaJobs:Dashboard</c>).</summary>
public sealed class DashboardOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Dashboard";

    /// <summary>False: nothing is served at <c>/</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder holding the built <c>index.html</c> and <c>assets/</c>. Unset: <c>wwwroot</c> beside the
    /// server, else the first <c>web/dist</c> found walking up from the server and from the working folder.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>A configured absolute folder that is missing is a typo: say so at start rather than serve nothing.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && System.IO.Path.IsPathFullyQualified(Path ?? "") && !Directory.Exists(Path))
        {
            yield return new ValidationResult("must be an existing folder (the built dashboard: index.html and assets/).", [nameof(Path)]);
        }
    }
}
