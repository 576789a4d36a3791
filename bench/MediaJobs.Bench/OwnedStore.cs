using MediaJobs.Core.Storage;

namespace MediaJobs.Bench;

/// <summary>A store with whatever must go when it does (its cluster, its folder).</summary>
internal sealed class OwnedStore(IJobStore store, Func<Task> dispose) : IAsyncDisposable
{
    public IJobStore Store { get; } = store;

    public async ValueTask DisposeAsync() => await dispose();
}
