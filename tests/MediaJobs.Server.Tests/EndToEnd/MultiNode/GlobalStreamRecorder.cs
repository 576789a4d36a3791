using System.Collections.Concurrent;
using MediaJobs.Server.Tests.Support;

namespace MediaJobs.Server.Tests.EndToEnd.MultiNode;

/// <summary>Reads one node's global SSE stream (<c>/api/jobs/stream?after=0</c>) into a list until disposed.</summary>
public sealed class GlobalStreamRecorder : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentQueue<SseMessage> _events = new();
    private readonly Task _reading;
    private readonly HttpClient _client;

    public GlobalStreamRecorder(HttpClient client)
    {
        _client = client;
        _reading = Task.Run(ReadAsync);
    }

    public IReadOnlyList<SseMessage> Events => [.. _events];

    private async Task ReadAsync()
    {
        try
        {
            using var response = await _client.OpenSseAsync("/api/jobs/stream?after=0", ct: _stop.Token);
            await foreach (var message in SseReader.ReadAsync(await response.Content.ReadAsStreamAsync(_stop.Token), _stop.Token))
            {
                if (message.Id is not null)
                {
                    _events.Enqueue(message);
                }
            }
        }
        catch (Exception) when (_stop.IsCancellationRequested)
        {
            // Stopped by the test.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (Exception)
        {
            // A node that was killed ends its stream with an error; what was read stays.
        }
        _stop.Dispose();
    }
}
