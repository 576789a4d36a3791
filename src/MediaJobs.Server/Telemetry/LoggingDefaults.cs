using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Logging.Console;

namespace MediaJobs.Server.Telemetry;

/// <summary>
/// Log levels that hold wherever the server starts (appsettings.json is only found beside the content
/// root, so a server started from elsewhere used to log every request at Information), and the JSON
/// console: <c>MediaJobs:Logging:Json=true</c>, or the standard <c>Logging:Console:FormatterName=json</c>.
/// </summary>
public static class LoggingDefaults
{
    public const string JsonKey = "MediaJobs:Logging:Json";

    /// <summary>Lowest precedence: appsettings.json, environment and command line all override these.</summary>
    internal static readonly Dictionary<string, string?> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Logging:LogLevel:Default"] = "Information",
        // Per-request lines ("Request starting", "Executing endpoint", HttpClient's "Sending HTTP request"): warnings only.
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
        ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
        // "Now listening on": operators (and the tests' process runner) wait for it.
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Information",
    };

    public static WebApplicationBuilder AddMediaJobsLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        sources.Insert(0, new MemoryConfigurationSource { InitialData = Levels });
        if (builder.Configuration.GetValue<bool>(JsonKey))
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.FormatterName = ConsoleFormatterNames.Json);
        }
        return builder;
    }
}
