using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Auth;

/// <summary>
/// The one admin check: routes that change the whole server (queue pause/resume, session stats reset, prune, a
/// surface's settings) carry this endpoint filter, which answers a non-admin key with a 403 before the handler runs.
/// </summary>
public static class AdminOnly
{
    /// <summary>Admin only; a non-admin key gets the native 403 problem.</summary>
    public static RouteHandlerBuilder RequireAdminKey(this RouteHandlerBuilder builder) =>
        builder.RequireAdminKey(_ => Forbidden()).ProducesProblem(StatusCodes.Status403Forbidden);

    /// <summary>Admin only; <paramref name="refuse"/> writes the 403 in the route's own shape (a compat surface's).</summary>
    public static RouteHandlerBuilder RequireAdminKey(this RouteHandlerBuilder builder, Func<HttpContext, object?> refuse)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(refuse);
        return builder.AddEndpointFilter(async (context, next) =>
            context.HttpContext.GetCaller().IsAdmin ? await next(context) : refuse(context.HttpContext));
    }

    /// <summary>The native 403 problem for a key that is not admin.</summary>
    public static IResult Forbidden() =>
        new ProblemResult(ProblemWriter.Create(StatusCodes.Status403Forbidden, "Forbidden", "This control affects every job on the server; it needs an admin API key."));
}
