using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using MediaJobs.Testing;

namespace MediaJobs.Storage.Conformance;

/// <summary>
/// The conformance suite against <see cref="PostgresJobStore"/>: the private cluster of this test run
/// (<see cref="PostgresCluster"/>), one new database per test.
/// </summary>
[Trait("Tier", "EndToEnd")]
public sealed class PostgresJobStoreConformanceTests : JobStoreConformanceTests
{
    private readonly Dictionary<IJobStore, string> _databases = [];

    protected override async Task<IJobStore> CreateStoreAsync() =>
        await OpenAsync(await (await PostgresCluster.SharedAsync()).CreateDatabaseAsync("conf"));

    protected override async Task<IJobStore> ReopenStoreAsync(IJobStore closed) =>
        await OpenAsync(_databases[closed]);

    private async Task<IJobStore> OpenAsync(string connectionString)
    {
        var store = new PostgresJobStore(new PostgresStoreOptions { ConnectionString = connectionString }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        _databases[store] = connectionString;
        return store;
    }
}
