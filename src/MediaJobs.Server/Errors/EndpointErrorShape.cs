namespace MediaJobs.Server.Errors;

/// <summary>
/// Endpoint metadata on a route whose API has its own error body (every compat route): how it writes an error.
/// Middleware that answers before or around the route (API keys, the exception handler) uses it, so a client of
/// that API sees its own error shape rather than our problem details.
/// </summary>
public sealed record EndpointErrorShape(Func<int, string, IResult> Error)
{
    /// <summary>Writes the error in the matched surface's shape; false when the route has no shape of its own.</summary>
    /// <param name="endpoint">The route that failed, when the context no longer holds it (the exception handler clears it).</param>
    public static async Task<bool> TryWriteAsync(HttpContext context, int status, string message, Endpoint? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<EndpointErrorShape>() is not { } shape)
        {
            return false;
        }
        await shape.Error(status, message).ExecuteAsync(context);
        return true;
    }
}
