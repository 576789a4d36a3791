using System.CommandLine;

namespace MediaJobs.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public const string DefaultServer = "http://127.0.0.1:5005";

    public static readonly Option<string> Server = new("--server")
    {
        Description = "The server's base URL (env MEDIAJOBS_URL)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MEDIAJOBS_URL") ?? DefaultServer,
    };

    public static readonly Option<string?> ApiKey = new("--api-key")
    {
        Description = "API key, sent as a Bearer token (env MEDIAJOBS_API_KEY)",
        Recursive = true,
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("MEDIAJOBS_API_KEY"),
    };

    public static readonly Option<bool> Json = new("--json")
    {
        Description = "Print the server's JSON instead of tables",
        Recursive = true,
    };
}
