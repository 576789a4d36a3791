using MediaJobs.Core.Events;
using MediaJobs.Server.Storage;
using MediaJobs.Storage.Sqlite;

namespace MediaJobs.Server.Tests.Storage;

/// <summary>A node refuses a data folder that belongs to another database (the shared-folder check at start-up).</summary>
[Trait("Tier", "Fast")]
public sealed class DataFolderMarkerTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mediajobs-marker-" + Guid.NewGuid().ToString("N"));
    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task SameDatabase_StartsAgain_AndAnotherDatabase_IsRefused()
    {
        var data = Path.Combine(_root, "data");
        Directory.CreateDirectory(data);
        await using var first = await OpenStoreAsync("first.db");
        await using var second = await OpenStoreAsync("second.db");

        await DataFolderMarker.CheckAsync(first, data, Ct);
        await DataFolderMarker.CheckAsync(first, data, Ct);
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => DataFolderMarker.CheckAsync(second, data, Ct));

        var marked = await File.ReadAllTextAsync(Path.Combine(data, DataFolderMarker.FileName), Ct);
        Assert.Equal(await first.GetSettingAsync(DataFolderMarker.SettingKey, Ct), marked);
        Assert.Contains(marked, refused.Message, StringComparison.Ordinal);
        Assert.Contains(Path.GetFullPath(data), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnEmptyFolder_TakesTheDatabasesIdentity()
    {
        var data = Path.Combine(_root, "fresh");
        Directory.CreateDirectory(data);
        await using var store = await OpenStoreAsync("fresh.db");
        await store.SetSettingAsync(DataFolderMarker.SettingKey, "store-from-elsewhere", Ct);

        await DataFolderMarker.CheckAsync(store, data, Ct);

        Assert.Equal("store-from-elsewhere", await File.ReadAllTextAsync(Path.Combine(data, DataFolderMarker.FileName), Ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private async Task<SqliteJobStore> OpenStoreAsync(string file)
    {
        var store = new SqliteJobStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_root, file) }, new EventFeed());
        await store.InitializeAsync(Ct);
        return store;
    }
}
