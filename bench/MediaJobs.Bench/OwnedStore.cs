using MediaJobs.Core.Storage;

namespace MediaJobs.Bench;

/// <summary>
/// A store with its bulk seed, how a server process reaches the same data (its data folder and settings), and
/// whatever must go when it does (its cluster, its folder).
/// </summary>
internal sealed class OwnedStore(IJobStore store, Func<int, int, Task> bulkSeed, Func<Task> dispose, string serverData, IReadOnlyDictionary<string, string> serverSettings)
    : IAsyncDisposable
{
    public IJobStore Store { get; } = store;

    /// <summary>The data folder a server over this store starts with.</summary>
    public string ServerData { get; } = serverData;

    /// <summary>The configuration a server over this store starts with.</summary>
    public IReadOnlyDictionary<string, string> ServerSettings { get; } = serverSettings;

    /// <summary>Writes history jobs [from, to) straight into the store's database (see <see cref="HistorySeeder"/>).</summary>
    public Task BulkSeed(int from, int to) => bulkSeed(from, to);

    public async ValueTask DisposeAsync() => await dispose();
}
