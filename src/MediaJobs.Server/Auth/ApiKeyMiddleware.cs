using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Auth;

/// <summary>
/// With keys configured, every request must carry one (<c>Authorization: Bearer &lt;key&gt;</c> or
/// <c>X-Api-Key: &lt;key&gt;</c>) — the native API and every compat surface alike; otherwise a 401 with
/// <c>WWW-Authenticate: Bearer</c>, as a problem or in the compat surface's own error shape.
/// Event streams also take <c>?access_token=</c>, a short-lived token from <c>POST /api/stream-tokens</c>
/// (an EventSource cannot send headers). Health, OpenAPI and Swagger stay open. Runs after routing, so it knows which surface was asked.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyAuthenticator authenticator, StreamTokens streamTokens)
{
    public const string ApiKeyHeader = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!authenticator.Enabled || IsOpen(context.Request.Path))
        {
            return next(context);
        }
        var presented = PresentedKey(context.Request);
        var grant = presented is null ? FromStreamToken(context) : null;
        var caller = presented is null ? grant?.Caller : authenticator.Authenticate(presented);
        if (caller is null)
        {
            return ChallengeAsync(context, presented is null);
        }
        if (grant is not null && !grant.Opens(context.Request.RouteValues["id"] as string))
        {
            return RefuseScopeAsync(context, grant);
        }
        context.SetCaller(caller);
        return next(context);
    }

    internal static bool IsOpen(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/readyz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);

    /// <summary>An event stream or a download a browser loads by URL: the caller its <c>?access_token=</c> stands for.</summary>
    private StreamTokenGrant? FromStreamToken(HttpContext context) =>
        TakesStreamToken(context)
        && context.Request.Query[StreamTokenAccepted.QueryName].ToString() is { Length: > 0 } token
            ? streamTokens.Validate(token)
            : null;

    private static bool TakesStreamToken(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StreamTokenAccepted>() is { } accepted
        && (!accepted.SseOnly || Api.Sse.SseWriter.Accepts(context.Request));

    internal static string? PresentedKey(HttpRequest request)
    {
        var header = request.Headers[ApiKeyHeader].ToString();
        if (header.Length > 0)
        {
            return header.Trim();
        }
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase)
            ? authorization[BearerPrefix.Length..].Trim()
            : null;
    }

    /// <summary>A valid token used on another job's (or the wrong) stream: 403, the token stays good for its own.</summary>
    private static async Task RefuseScopeAsync(HttpContext context, StreamTokenGrant grant)
    {
        var detail = grant.JobId is null
            ? "This stream token opens only GET /api/jobs/stream: ask POST /api/stream-tokens?jobId=<id> for a job's events and files."
            : "This stream token was made for another job: ask POST /api/stream-tokens?jobId=<id> for this one.";
        if (!await EndpointErrorShape.TryWriteAsync(context, StatusCodes.Status403Forbidden, detail))
        {
            await ProblemWriter.WriteAsync(context, ProblemWriter.Create(StatusCodes.Status403Forbidden, "Forbidden", detail));
        }
    }

    private static async Task ChallengeAsync(HttpContext context, bool missing)
    {
        var tokenSent = missing && TakesStreamToken(context) && context.Request.Query.ContainsKey(StreamTokenAccepted.QueryName);
        missing = missing && !tokenSent;
        context.Response.Headers.WWWAuthenticate = missing
            ? "Bearer realm=\"MediaJobs\""
            : "Bearer realm=\"MediaJobs\", error=\"invalid_token\"";
        var detail = missing
            ? "An API key is required: send 'Authorization: Bearer <key>' or 'X-Api-Key: <key>'."
            : tokenSent ? "The stream token is not valid or has expired: ask POST /api/stream-tokens for a new one."
            : "The API key is not valid.";
        if (!await EndpointErrorShape.TryWriteAsync(context, StatusCodes.Status401Unauthorized, detail))
        {
            await ProblemWriter.WriteAsync(context, ProblemWriter.Create(StatusCodes.Status401Unauthorized, "Unauthorized", detail));
        }
    }
}
