namespace MediaJobs.Server.Dashboard;

/// <summary>The built web dashboard (configuration section <c>MediaJobs:Dashboard</c>).</summary>
public sealed class DashboardOptions
{
    public const string SectionName = "MediaJobs:Dashboard";

    /// <summary>False: nothing is served at <c>/</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder holding the built <c>index.html</c> and <c>assets/</c>. Unset: <c>wwwroot</c> beside the
    /// server, else the first <c>web/dist</c> found walking up from the server and from the working folder.
    /// </summary>
    public string? Path { get; set; }
}
