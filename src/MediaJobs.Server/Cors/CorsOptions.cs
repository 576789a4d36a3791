using System.ComponentModel.DataAnnotations;
using MediaJobs.Core.Hosting;

namespace MediaJobs.Server.Cors;

/// <summary>
/// Which browser origins may call the API (configuration <c>MediaJobs:Cors</c>). Origins on loopback hosts
/// are always allowed: the real systems' frontends run there (MoneyPrinter's page, the Text-to-Video React
/// app on <c>http://localhost:3000</c>). Any other origin must be listed, so a random web page a user visits
/// cannot drive a server that can rewrite their media library.
/// </summary>
public sealed class CorsOptions : IValidatableObject
{
    public const string SectionName = "MediaJobs:Cors";

    /// <summary>
    /// Extra origins (<c>https://media.example.org</c>), compared without a trailing slash and ignoring case.
    /// <c>*</c> allows every origin, but never with credentials.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>An origin is a scheme, host and port: a path, query or blank entry would never match a browser's Origin.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < AllowedOrigins.Count; i++)
        {
            var origin = AllowedOrigins[i];
            if (origin != "*" && !(OptionRules.IsHttpUrl(origin) && new Uri(origin).PathAndQuery == "/"))
            {
                yield return new ValidationResult("must be an origin (https://media.example.org, no path) or *.", [$"{nameof(AllowedOrigins)}:{i}"]);
            }
        }
    }
}
