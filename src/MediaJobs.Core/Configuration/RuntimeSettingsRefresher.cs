using MediaJobs.Core.Engine;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MediaJobs.Core.Configuration;

/// <summary>
/// Applies the stored runtime settings before the engine starts, then again on every store hint for them (another
/// node changed them) and every <see cref="RuntimeSettingsOptions.PollInterval"/> (stores without hints, lost hints).
/// </summary>
internal sealed partial class RuntimeSettingsRefresher(
    RuntimeSettings settings, RuntimeSettingsOptions options, StoreSignals signals, TimeProvider time, ILogger<RuntimeSettingsRefresher> logger)
    : BackgroundService
{
    private readonly WakeSignal _hint = new();

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await settings.RefreshAsync(cancellationToken);
        signals.SettingChanged += OnSettingChanged;
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        signals.SettingChanged -= OnSettingChanged;
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A hint, or the poll when none came within the interval.
                await _hint.WaitAsync(options.PollInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            try
            {
                await settings.RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The store is unreachable for a moment: keep the current values, try at the next poll.
                LogRefreshFailed(logger, ex);
            }
        }
    }

    private void OnSettingChanged(string key)
    {
        if (key == RuntimeSettings.StoreKey)
        {
            _hint.Set();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the runtime settings failed; the current values stay until the next poll")]
    private static partial void LogRefreshFailed(ILogger logger, Exception ex);
}
