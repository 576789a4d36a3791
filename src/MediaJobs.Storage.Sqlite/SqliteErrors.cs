using MediaJobs.Core.Storage;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>SQLite's errors in the words the rest of the server knows.</summary>
internal static class SqliteErrors
{
    private const int SqliteFull = 13;

    /// <summary>SQLITE_FULL (error 13: the disk or the database is full) becomes a <see cref="StorageFullException"/>.</summary>
    public static Exception Translate(Exception error) =>
        error is SqliteException { SqliteErrorCode: SqliteFull }
            ? new StorageFullException($"The database could not be written: the disk is full ({error.Message}).", error)
            : error;
}
