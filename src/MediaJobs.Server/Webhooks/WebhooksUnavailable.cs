using MediaJobs.Core.Storage;

namespace MediaJobs.Server.Webhooks;

/// <summary>Stands in for the dispatcher when the store keeps no webhook outbox: says so once at start.</summary>
public sealed partial class WebhooksUnavailable(IJobStore store, ILogger<WebhooksUnavailable> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogUnavailable(logger, store.GetType().Name);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The job store {Store} keeps no webhook outbox: webhooks are not sent")]
    private static partial void LogUnavailable(ILogger logger, string store);
}
