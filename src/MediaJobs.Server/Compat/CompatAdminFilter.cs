using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Compat;

/// <summary>
/// The admin check (<see cref="AdminOnly"/>) in each compat surface's own shape: a route that changes the whole server (queue, counters, settings)
/// answers a non-admin key with a 403 in the surface's own error shape, before its handler runs.
/// </summary>
internal static class CompatAdminFilter
{
    /// <param name="refusal">The surface's words for the 403, e.g. "pausing the queue needs an admin API key".</param>
    public static RouteHandlerBuilder RequireAdmin(this RouteHandlerBuilder builder, string refusal)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.RequireAdminKey(http => http.GetEndpoint()?.Metadata.GetMetadata<EndpointErrorShape>() is { } shape
            ? shape.Error(StatusCodes.Status403Forbidden, refusal)
            : AdminOnly.Forbidden());
    }
}
