namespace MediaJobs.Server.Compat;

/// <summary>
/// One compatible surface (configuration <c>MediaJobs:Compat:&lt;Name&gt;</c>): where it answers on
/// the main port, and optionally its own listener where it answers at its documented root paths.
/// </summary>
public sealed class CompatSurfaceOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>Prefix on the main port (e.g. <c>/compat/moneyprinter</c>); empty for a surface at its documented paths.</summary>
    public string BasePath { get; set; } = "";

    /// <summary>When set (e.g. <c>http://127.0.0.1:8080</c>), the server also listens here and only this surface answers.</summary>
    public string? Url { get; set; }
}
