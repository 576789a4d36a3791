using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Compat;

/// <summary>
/// One compatible surface (configuration <c>MediaJobs:Compat:&lt;Name&gt;</c>): where it answers on
/// the main port, and optionally its own listener where it answers at its documented root paths.
/// </summary>
public sealed class CompatSurfaceOptions : IValidatableObject
{
    public bool Enabled { get; set; } = true;

    /// <summary>Prefix on the main port (e.g. <c>/compat/moneyprinter</c>); empty for a surface at its documented paths.</summary>
    public string BasePath { get; set; } = "";

    /// <summary>When set (e.g. <c>http://127.0.0.1:8080</c>), the server also listens here and only this surface answers.</summary>
    public string? Url { get; set; }

    /// <summary>A prefix routing can map, and a URL Kestrel can listen on.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BasePath.Length > 0 && (!BasePath.StartsWith('/') || BasePath.EndsWith('/') || BasePath.Contains('?', StringComparison.Ordinal)))
        {
            yield return new ValidationResult("must be empty or a path that starts with / and does not end with one, e.g. /compat/shrinkray.", [nameof(BasePath)]);
        }
        if (!OptionRules.IsUnsetOrHttpUrl(Url))
        {
            yield return new ValidationResult("must be an absolute http(s) URL to listen on, e.g. http://127.0.0.1:8080.", [nameof(Url)]);
        }
    }
}
