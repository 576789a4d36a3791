using MediaJobs.Core.Storage;

namespace MediaJobs.Bench;

/// <summary>A store with its bulk seed and whatever must go when it does (its cluster, its folder).</summary>
internal sealed class OwnedStore(IJobStore store, Func<int, int, Task> bulkSeed, Func<Task> dispose) : IAsyncDisposable
{
    public IJobStore Store { get; } = store;

    /// <summary>Writes history jobs [from, to) straight into the store's database (see <see cref="HistorySeeder"/>).</summary>
    public Task BulkSeed(int from, int to) => bulkSeed(from, to);

    public async ValueTask DisposeAsync() => await dispose();
}
