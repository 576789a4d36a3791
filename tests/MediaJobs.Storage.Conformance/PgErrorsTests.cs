using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres;
using Npgsql;

namespace MediaJobs.Storage.Conformance;

/// <summary>PostgreSQL's disk_full (SQLSTATE 53100) reaches callers as the same full disk SQLite reports.</summary>
[Trait("Tier", "Fast")]
public sealed class PgErrorsTests
{
    [Fact]
    public void Translate_DiskFull_IsStorageFullWithTheOriginalInside()
    {
        var full = new PostgresException("could not extend file: No space left on device", "ERROR", "ERROR", PostgresErrorCodes.DiskFull);

        var translated = PgErrors.Translate(full);

        Assert.IsType<StorageFullException>(translated);
        Assert.Same(full, translated.InnerException);
        Assert.True(StorageFull.Is(translated));
    }

    [Fact]
    public void Translate_OtherPostgresErrors_AreUnchanged()
    {
        var unique = new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation);

        Assert.Same(unique, PgErrors.Translate(unique));
        Assert.False(StorageFull.Is(unique));
    }
}
