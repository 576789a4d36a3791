using MediaJobs.Core.Storage;
using MediaJobs.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Conformance;

/// <summary>Issue 10, finding 6: SQLite's "database or disk is full" (error 13) reaches callers as a full disk.</summary>
[Trait("Tier", "Fast")]
public sealed class SqliteErrorsTests
{
    [Fact]
    public void Translate_SqliteFull_IsStorageFullWithTheOriginalInside()
    {
        var full = new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);

        var translated = SqliteErrors.Translate(full);

        Assert.IsType<StorageFullException>(translated);
        Assert.Same(full, translated.InnerException);
        Assert.True(StorageFull.Is(translated));
    }

    [Fact]
    public void Translate_OtherSqliteErrors_AreUnchanged()
    {
        var busy = new SqliteException("SQLite Error 5: 'database is locked'.", 5);

        Assert.Same(busy, SqliteErrors.Translate(busy));
        Assert.False(StorageFull.Is(busy));
    }
}
