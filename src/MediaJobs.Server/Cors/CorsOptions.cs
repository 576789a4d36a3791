namespace MediaJobs.Server.Cors;

/// <summary>
/// Which browser origins may call the API (configuration <c>MediaJobs:Cors</c>). Origins on loopback hosts
/// are always allowed: the real systems' frontends run there (MoneyPrinter's page, the Text-to-Video React
/// app on <c>http://localhost:3000</c>). Any other origin must be listed, so a random web page a user visits
/// cannot drive a server that can rewrite their media library.
/// </summary>
public sealed class CorsOptions
{
    public const string SectionName = "MediaJobs:Cors";

    /// <summary>
    /// Extra origins (<c>https://media.example.org</c>), compared without a trailing slash and ignoring case.
    /// <c>*</c> allows every origin, but never with credentials.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];
}
