using MediaJobs.Server.Hosting;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Auth;

/// <summary>
/// Runs before the server binds (hosted services start first): loads the keys (bad configuration
/// stops the start with the key's position), and refuses to listen beyond loopback without keys.
/// </summary>
public sealed partial class AuthStartupCheck(
    ApiKeyAuthenticator authenticator,
    IConfiguration configuration,
    IOptions<AuthOptions> options,
    ILogger<AuthStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (authenticator.Enabled)
        {
            LogKeys(logger, authenticator.Count);
            return Task.CompletedTask;
        }
        var error = Check(LoopbackBinding.ConfiguredUrls(configuration, MediaJobsHostingExtensions.DefaultUrl), keysConfigured: false, options.Value.AllowAnonymousNonLoopback);
        if (error is not null)
        {
            throw new InvalidOperationException(error);
        }
        LogLoopbackOnly(logger);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The refusal message, or null when the start may go on.</summary>
    public static string? Check(IEnumerable<string> urls, bool keysConfigured, bool allowAnonymousNonLoopback)
    {
        if (keysConfigured || allowAnonymousNonLoopback)
        {
            return null;
        }
        var open = LoopbackBinding.NonLoopback(urls);
        return open.Count == 0
            ? null
            : $"No API keys configured, so MediaJobs listens on loopback only, but it was asked to listen on {string.Join(", ", open)}. " +
              "Configure MediaJobs:Auth:Keys (id, key, admin), listen on 127.0.0.1/localhost, or set MediaJobs:Auth:AllowAnonymousNonLoopback=true on a trusted network.";
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "API keys: {Count} configured; every /api request needs one")]
    private static partial void LogKeys(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No API keys configured: listening on loopback only")]
    private static partial void LogLoopbackOnly(ILogger logger);
}
