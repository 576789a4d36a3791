namespace MediaJobs.Server.Compat;

/// <summary>A seed system's API, reproduced as a thin layer over the same engine.</summary>
/// <param name="Name">Configuration key under <c>MediaJobs:Compat</c>.</param>
/// <param name="DefaultBasePath">Where it answers on the main port unless configured.</param>
/// <param name="Map">Maps the surface's documented routes (relative to its root) onto a group.</param>
/// <param name="Error">The surface's own error body for a status and message.</param>
public sealed record CompatSurface(string Name, string DefaultBasePath, Action<RouteGroupBuilder> Map, Func<int, string, IResult> Error)
{
    /// <summary>Requests on the surface's own port are rewritten under this prefix, mapped only for them.</summary>
    public string PortPrefix => "/_port/" + Name.ToLowerInvariant();
}
