namespace MediaJobs.Server.Tests.EndToEnd.Dashboard;

/// <summary>The dashboard on a server with keys: bob (plain) and root (admin).</summary>
public sealed class KeyedDashboardSite() : DashboardSite(new Dictionary<string, string>
{
    ["MediaJobs:Auth:Keys:0:Id"] = "bob",
    ["MediaJobs:Auth:Keys:0:Key"] = BobKey,
    ["MediaJobs:Auth:Keys:1:Id"] = "root",
    ["MediaJobs:Auth:Keys:1:Key"] = RootKey,
    ["MediaJobs:Auth:Keys:1:Admin"] = "true",
})
{
    public const string BobKey = "dashboard-bob-0123456789";
    public const string RootKey = "dashboard-root-0123456789";
}
