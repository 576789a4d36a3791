using MediaJobs.Server.Auth;

namespace MediaJobs.Server.Compat;

/// <summary>
/// The one admin check of the compat surfaces: a route that changes the whole server (queue, counters, settings)
/// answers a non-admin key with a 403 in the surface's own error shape, before its handler runs.
/// </summary>
internal static class CompatAdminFilter
{
    /// <param name="refusal">The surface's words for the 403, e.g. "pausing the queue needs an admin API key".</param>
    public static RouteHandlerBuilder RequireAdmin(this RouteHandlerBuilder builder, string refusal)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (http.GetCaller().IsAdmin)
            {
                return await next(context);
            }
            return http.GetEndpoint()?.Metadata.GetMetadata<CompatErrorShape>() is { } shape
                ? shape.Error(StatusCodes.Status403Forbidden, refusal)
                : AdminOnly.Check(http);
        });
    }
}
