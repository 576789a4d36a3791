using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.Api;

/// <summary>Two keyless nodes (every caller is admin) on one data folder and one SQLite store.</summary>
public sealed class SettingsNodes : IDisposable
{
    public SettingsNodes()
    {
        A = new MediaJobsServerFactory(null, Node("node-a"));
        ClientA = A.CreateClient();
        B = new MediaJobsServerFactory(A.DataDirectory, Node("node-b"));
        ClientB = B.CreateClient();
    }

    public MediaJobsServerFactory A { get; }

    public MediaJobsServerFactory B { get; }

    public HttpClient ClientA { get; }

    public HttpClient ClientB { get; }

    public void Dispose()
    {
        ClientB.Dispose();
        ClientA.Dispose();
        B.Dispose();
        A.Dispose();
    }

    private static Dictionary<string, string?> Node(string name) => new()
    {
        ["MediaJobs:Engine:NodeName"] = name,
        ["MediaJobs:Settings:PollInterval"] = "00:00:00.100",
        ["MediaJobs:Transcode:DetectHardware"] = "false",
    };
}
