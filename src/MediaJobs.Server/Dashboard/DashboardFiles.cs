namespace MediaJobs.Server.Dashboard;

/// <summary>Finds the built dashboard: the configured folder, or the usual places for a published or a source tree.</summary>
public static class DashboardFiles
{
    public const string IndexFile = "index.html";

    /// <summary>The folder with <c>index.html</c>, or null when the dashboard is not built.</summary>
    public static string? Locate(DashboardOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return null;
        }
        if (!string.IsNullOrWhiteSpace(options.Path))
        {
            var configured = System.IO.Path.GetFullPath(options.Path, contentRoot);
            return HasIndex(configured) ? configured : null;
        }
        var published = System.IO.Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (HasIndex(published))
        {
            return published;
        }
        return WalkUp(AppContext.BaseDirectory) ?? WalkUp(contentRoot) ?? WalkUp(Directory.GetCurrentDirectory());
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "web", "dist");
            if (HasIndex(candidate))
            {
                return candidate;
            }
        }
        return null;
    }

    private static bool HasIndex(string folder) => File.Exists(System.IO.Path.Combine(folder, IndexFile));
}
