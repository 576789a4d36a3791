namespace MediaJobs.Server.Tests.Support;

/// <summary>
/// Keeps an SSE stream open and records every event (heartbeats dropped) on a background reader, so a
/// test can act on the server while the stream runs and then wait for what it expects, under a timeout.
/// </summary>
public sealed class SseRecorder : IAsyncDisposable
{
    private readonly Lock _gate = new();
    private readonly List<SseMessage> _messages = [];
    private readonly CancellationTokenSource _stop;
    private readonly HttpResponseMessage _response;
    private TaskCompletionSource _changed = NewSignal();
    private bool _ended;
    private Task _reading = Task.CompletedTask;

    private SseRecorder(HttpResponseMessage response, CancellationTokenSource stop)
    {
        _response = response;
        _stop = stop;
    }

    /// <summary>Opens <paramref name="url"/>; once this returns, the server has subscribed the stream.</summary>
    public static async Task<SseRecorder> OpenAsync(HttpClient client, string url, long? lastEventId = null)
    {
        var stop = new CancellationTokenSource();
        var response = await client.OpenSseAsync(url, lastEventId, stop.Token);
        var recorder = new SseRecorder(response, stop);
        var body = await response.Content.ReadAsStreamAsync(stop.Token);
        recorder._reading = Task.Run(() => recorder.ReadAsync(body));
        return recorder;
    }

    /// <summary>Everything recorded so far, in arrival order.</summary>
    public IReadOnlyList<SseMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    /// <summary>The first recorded message that matches, waiting for it to arrive.</summary>
    public async Task<SseMessage> WaitForAsync(Func<SseMessage, bool> match, TimeSpan timeout, string what)
    {
        using var cts = new CancellationTokenSource(timeout);
        var from = 0;
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                for (; from < _messages.Count; from++)
                {
                    if (match(_messages[from]))
                    {
                        return _messages[from];
                    }
                }
                if (_ended)
                {
                    throw new InvalidOperationException($"The stream ended before {what}; {_messages.Count} events recorded.");
                }
                changed = _changed.Task;
            }
            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No {what} within {timeout}; {Messages.Count} events recorded.");
            }
        }
    }

    private async Task ReadAsync(Stream body)
    {
        try
        {
            await foreach (var message in SseReader.ReadAsync(body, _stop.Token))
            {
                if (message.Comment is not null)
                {
                    continue;
                }
                lock (_gate)
                {
                    _messages.Add(message);
                    Signal();
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or ObjectDisposedException)
        {
            // Disposed, or the server went away: waiters learn it from _ended.
        }
        finally
        {
            lock (_gate)
            {
                _ended = true;
                Signal();
            }
        }
    }

    private void Signal()
    {
        _changed.TrySetResult();
        _changed = NewSignal();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading;
        _stop.Dispose();
    }
}
