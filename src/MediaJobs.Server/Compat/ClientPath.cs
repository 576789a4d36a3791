namespace MediaJobs.Server.Compat;

/// <summary>
/// The path as the client sent it. A request on a surface's own port is rewritten under a private
/// prefix for routing; errors must still name the path the client asked for, not that prefix.
/// </summary>
public static class ClientPath
{
    private sealed record Original(PathString Path);

    /// <summary>Remembers the client's path before a rewrite.</summary>
    public static void Remember(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Features.Set(new Original(context.Request.Path));
    }

    public static PathString Get(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Features.Get<Original>()?.Path ?? context.Request.Path;
    }
}
