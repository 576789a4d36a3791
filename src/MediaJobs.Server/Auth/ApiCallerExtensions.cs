namespace MediaJobs.Server.Auth;

/// <summary>The authenticated caller of a request, set by <see cref="ApiKeyMiddleware"/>.</summary>
public static class ApiCallerExtensions
{
    private static readonly object ItemKey = new();

    public static void SetCaller(this HttpContext context, ApiCaller caller)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ItemKey] = caller;
    }

    /// <summary>The caller; anonymous when the middleware did not run (no keys configured, or outside /api).</summary>
    public static ApiCaller GetCaller(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Items.TryGetValue(ItemKey, out var value) && value is ApiCaller caller ? caller : ApiCaller.Anonymous;
    }

    /// <summary>What to pass as <c>owner</c> to the job service: null for admins, the key id otherwise.</summary>
    public static string? GetOwnerFilter(this HttpContext context) => context.GetCaller().OwnerFilter;
}
