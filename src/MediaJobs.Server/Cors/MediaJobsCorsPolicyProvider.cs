using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Cors;

/// <summary>
/// One policy per request: a trusted origin (loopback or listed) gets itself echoed back with credentials
/// allowed; with <c>*</c> configured any other origin gets <c>*</c> without credentials; otherwise no CORS
/// headers at all, so the browser blocks the call. Auth is untouched: a keyed server still demands its key.
/// </summary>
internal sealed class MediaJobsCorsPolicyProvider(IOptions<CorsOptions> options) : ICorsPolicyProvider
{
    /// <summary>Headers a cross-origin page may read: correlation, downloads, ranges, auth challenges.</summary>
    internal static readonly string[] ExposedHeaders =
        ["X-Correlation-ID", "Content-Disposition", "Content-Length", "Content-Range", "Accept-Ranges", "Location", "WWW-Authenticate", "Retry-After"];

    private readonly OriginPolicy _origins = new(options.Value.AllowedOrigins);

    public OriginPolicy Origins => _origins;

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        var origin = context.Request.Headers.Origin.ToString();
        var builder = new CorsPolicyBuilder()
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        if (_origins.IsTrusted(origin))
        {
            builder.WithOrigins(origin).AllowCredentials();
        }
        else if (_origins.AllowsAny)
        {
            builder.AllowAnyOrigin();
        }
        else
        {
            // No origin matches: the middleware answers a preflight with 204 and no CORS headers.
            builder.SetIsOriginAllowed(_ => false);
        }
        return Task.FromResult<CorsPolicy?>(builder.Build());
    }
}
