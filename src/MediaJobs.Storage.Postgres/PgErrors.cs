using MediaJobs.Core.Storage;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>PostgreSQL's errors in the words the rest of the server knows.</summary>
internal static class PgErrors
{
    /// <summary>SQLSTATE 53100 (disk_full) becomes a <see cref="StorageFullException"/>, as SQLite's SQLITE_FULL does.</summary>
    public static Exception Translate(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.DiskFull }
            ? new StorageFullException($"The database could not be written: the disk is full ({error.Message}).", error)
            : error;

    /// <summary>Whether <paramref name="error"/> becomes something else under <see cref="Translate"/>.</summary>
    public static bool IsTranslated(Exception error) => !ReferenceEquals(Translate(error), error);
}
