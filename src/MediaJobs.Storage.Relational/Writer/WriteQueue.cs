using System.Diagnostics.CodeAnalysis;
using System.Threading.Channels;

namespace MediaJobs.Storage.Relational.Writer;

/// <summary>
/// The queue in front of a store's writer: callers add writes, the writer's own threads take them. Once the writer
/// has crashed or the store is disposed, adding fails and says which.
/// </summary>
/// <param name="writerName">The writer in messages ("The SQLite writer has stopped").</param>
/// <param name="storeTypeName">The store's type, for <see cref="ObjectDisposedException"/>.</param>
/// <param name="singleReader">Only one thread ever takes writes.</param>
public sealed class WriteQueue<TWrite>(string writerName, string storeTypeName, bool singleReader)
    where TWrite : QueuedWrite
{
    private readonly Channel<TWrite> _channel = Channel.CreateUnbounded<TWrite>(
        new UnboundedChannelOptions { SingleReader = singleReader, AllowSynchronousContinuations = false });
    // Wakes the writer threads without the thread pool: a channel's async wait completes on a pool thread, so a
    // starved pool would stall every write (lease renewals included) for as long as it stays starved.
    private readonly ManualResetEventSlim _queued = new();
    private volatile Exception? _crash;

    public void Add(TWrite write)
    {
        if (!_channel.Writer.TryWrite(write))
        {
            throw _crash is { } crash
                ? new InvalidOperationException($"The {writerName} writer has stopped; see the inner exception.", crash)
                : new ObjectDisposedException(storeTypeName);
        }
        _queued.Set();
    }

    /// <summary>Blocks the writer's thread until a write is queued; false once the queue is closed and empty.</summary>
    public bool WaitForWrites()
    {
        while (true)
        {
            // Reset before looking: a write added after the look sets the event again, so no wake-up is lost.
            _queued.Reset();
            if (_channel.Reader.TryPeek(out _))
            {
                return true;
            }
            if (_channel.Reader.Completion.IsCompleted)
            {
                _queued.Set(); // the other writer threads see the end too
                return false;
            }
            _queued.Wait();
        }
    }

    public bool TryTake([MaybeNullWhen(false)] out TWrite write) => _channel.Reader.TryRead(out write);

    /// <summary>Takes no more writes; those already queued still run.</summary>
    public void Close()
    {
        _channel.Writer.TryComplete();
        _queued.Set();
    }

    /// <summary>The writer crashed: no more writes are taken and every queued one fails with the cause.</summary>
    public void Crash(Exception cause)
    {
        _crash = cause;
        _channel.Writer.TryComplete(cause);
        _queued.Set();
        FailQueued(cause);
    }

    /// <summary>Fails every write still queued (the writer has ended).</summary>
    public void FailQueued(Exception error)
    {
        while (_channel.Reader.TryRead(out var orphan))
        {
            orphan.Error = error;
            orphan.Complete();
        }
    }
}
