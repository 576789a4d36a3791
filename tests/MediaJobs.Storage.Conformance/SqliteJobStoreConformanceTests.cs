using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>The conformance suite against <see cref="SqliteJobStore"/>, one temp database file per test.</summary>
[Trait("Tier", "Fast")]
public sealed class SqliteJobStoreConformanceTests : JobStoreConformanceTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mediajobs-sqlite-tests", Guid.NewGuid().ToString("N"));
    private readonly Dictionary<IJobStore, string> _paths = [];

    protected override async Task<IJobStore> CreateStoreAsync() =>
        await OpenAsync(Path.Combine(_folder, $"{_paths.Count}.db"));

    protected override async Task<IJobStore> ReopenStoreAsync(IJobStore closed) =>
        await OpenAsync(_paths[closed]);

    protected override Task CleanupAsync()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        return Task.CompletedTask;
    }

    private async Task<IJobStore> OpenAsync(string path)
    {
        var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = path }, new EventFeed());
        await store.InitializeAsync(CancellationToken.None);
        _paths[store] = path;
        return store;
    }
}
