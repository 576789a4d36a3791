using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Dashboard;

/// <summary>
/// The dashboard may not be framed by another page (clickjacking its cancel, delete and pause buttons):
/// <c>frame-ancestors 'none'</c> added to whatever Content-Security-Policy the response has, and
/// <c>X-Frame-Options: DENY</c> for browsers that predate CSP level 2.
/// </summary>
public static class FrameHeaders
{
    public const string FrameAncestors = "frame-ancestors 'none'";

    public static void Apply(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers[HeaderNames.ContentSecurityPolicy] = Merge(response.Headers[HeaderNames.ContentSecurityPolicy].ToString());
        response.Headers[HeaderNames.XFrameOptions] = "DENY";
    }

    /// <summary>The policy with <c>frame-ancestors 'none'</c> in place of any frame-ancestors it had.</summary>
    public static string Merge(string? existing)
    {
        var directives = (existing ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(d => !d.StartsWith("frame-ancestors", StringComparison.OrdinalIgnoreCase))
            .Append(FrameAncestors);
        return string.Join("; ", directives);
    }
}
