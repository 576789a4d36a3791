using Microsoft.Extensions.Logging;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// One connection per node that LISTENs on <c>mediajobs</c> and turns notifications into local
/// wake-ups: <c>e&lt;id&gt;</c> new events (published on the feed), <c>j</c> jobs queued,
/// <c>c&lt;jobId&gt;</c> a cancel, <c>s&lt;key&gt;</c> a setting changed. Notifications are hints:
/// every <see cref="PostgresStoreOptions.PollInterval"/> without one, the event head is read anyway,
/// and a lost connection is opened again (with a catch-up wake-up, since hints may have been missed).
/// </summary>
internal sealed partial class PostgresListener(NpgsqlDataSource dataSource, PostgresJobStore store, PostgresStoreOptions options, ILogger logger)
    : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _loop = Task.CompletedTask;

    /// <summary>The listen connection currently open (tests break it on purpose).</summary>
    internal int? BackendProcessId { get; private set; }

    /// <summary>How many times a listen connection was opened.</summary>
    internal int Connects { get; private set; }

    public void Start() => _loop = Task.Run(() => RunAsync(_stop.Token));

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }
        _stop.Dispose();
    }

    private async Task RunAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            NpgsqlConnection? connection = null;
            try
            {
                if (options.Listen)
                {
                    connection = await dataSource.OpenConnectionAsync(ct);
                    connection.Notification += (_, e) => OnNotification(e.Payload);
                    await using (var listen = new NpgsqlCommand("LISTEN " + PostgresJobStore.Channel, connection))
                    {
                        await listen.ExecuteNonQueryAsync(ct);
                    }
                    BackendProcessId = connection.ProcessID;
                    Connects++;
                    // Whatever happened while nobody listened: look again.
                    await CatchUpAsync(connection, ct);
                }
                while (!ct.IsCancellationRequested)
                {
                    var heard = connection is not null
                        ? await connection.WaitAsync(options.PollInterval, ct)
                        : await DelayAsync(ct);
                    if (!heard)
                    {
                        // The floor: a quiet second reads the head (and proves the connection alive).
                        await PollHeadAsync(connection, ct);
                    }
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                LogListenFailed(logger, ex);
                await Task.Delay(options.PollInterval, ct).ContinueWith(_ => { }, TaskScheduler.Default);
            }
            finally
            {
                BackendProcessId = null;
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }
            }
        }
    }

    private async Task<bool> DelayAsync(CancellationToken ct)
    {
        await Task.Delay(options.PollInterval, ct);
        return false;
    }

    private async Task CatchUpAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await PollHeadAsync(connection, ct);
        store.Signals.RaiseJobsAvailable();
        store.Signals.RaiseSettingChanged(Core.Storage.Settings.QueuePaused);
    }

    private async Task PollHeadAsync(NpgsqlConnection? connection, CancellationToken ct)
    {
        if (connection is null)
        {
            store.Feed.Publish(await store.GetLastEventIdAsync(ct));
            return;
        }
        await using var cmd = new NpgsqlCommand("SELECT last_id FROM event_head", connection);
        store.Feed.Publish((long)(await cmd.ExecuteScalarAsync(ct))!);
    }

    private void OnNotification(string payload)
    {
        if (payload.Length == 0)
        {
            return;
        }
        var rest = payload[1..];
        switch (payload[0])
        {
            case 'e' when long.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id):
                store.Feed.Publish(id);
                break;
            case 'j':
                store.Signals.RaiseJobsAvailable();
                break;
            case 'c':
                store.Signals.RaiseCancelRequested(rest);
                break;
            case 's':
                store.Signals.RaiseSettingChanged(rest);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for other nodes failed; polling until the connection is back")]
    private static partial void LogListenFailed(ILogger logger, Exception ex);
}
