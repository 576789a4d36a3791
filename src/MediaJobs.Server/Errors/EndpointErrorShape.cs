namespace MediaJobs.Server.Compat;

/// <summary>
/// Endpoint metadata on every compat route: how that surface writes an error. Middleware that
/// answers before or around the route (API keys, the exception handler) uses it, so a client of the
/// surface sees its own error shape rather than our problem details.
/// </summary>
public sealed record CompatErrorShape(Func<int, string, IResult> Error)
{
    /// <summary>Writes the error in the matched surface's shape; false when the route is not a compat one.</summary>
    /// <param name="endpoint">The route that failed, when the context no longer holds it (the exception handler clears it).</param>
    public static async Task<bool> TryWriteAsync(HttpContext context, int status, string message, Endpoint? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if ((endpoint ?? context.GetEndpoint())?.Metadata.GetMetadata<CompatErrorShape>() is not { } shape)
        {
            return false;
        }
        await shape.Error(status, message).ExecuteAsync(context);
        return true;
    }
}
