namespace MediaJobs.Core.Hosting;

/// <summary>Checks shared by several options types' start-up rules.</summary>
public static class OptionRules
{
    /// <summary>An absolute <c>http</c> or <c>https</c> URL.</summary>
    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    /// <summary>Unset (null or blank), or an absolute <c>http</c>/<c>https</c> URL.</summary>
    public static bool IsUnsetOrHttpUrl(string? value) => string.IsNullOrWhiteSpace(value) || IsHttpUrl(value);

    public const string HttpUrlMessage = "must be an absolute http(s) URL, e.g. https://example.org.";
}
