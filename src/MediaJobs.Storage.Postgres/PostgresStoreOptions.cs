using System.ComponentModel.DataAnnotations;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// Where the PostgreSQL store connects and how it hears other nodes and writes (configuration section
/// <c>MediaJobs:Storage:Postgres</c>, checked at start-up; the connection string is <c>ConnectionStrings:Postgres</c>).
/// </summary>
public sealed class PostgresStoreOptions
{
    public const string SectionName = "MediaJobs:Storage:Postgres";

    /// <summary>An Npgsql connection string (<c>ConnectionStrings:Postgres</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>LISTEN for other nodes' hints (new jobs, events, cancels, settings). Off: polling only.</summary>
    public bool Listen { get; set; } = true;

    /// <summary>The floor under the hints: how often the event head is read when nothing was heard.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = "must be a duration from 00:00:00.001 to 01:00:00 (hh:mm:ss), e.g. 00:00:01.",
        ParseLimitsInInvariantCulture = true)]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most write operations the writer folds into one transaction (group commit).</summary>
    [Range(1, 4096, ErrorMessage = "must be a whole number from 1 to 4096.")]
    public int MaxWriteBatch { get; set; } = 256;

    /// <summary>
    /// Connections the writer takes turns on: while one waits for its reply (and its WAL flush), the next turn is
    /// already queued at the server behind the event-log lock.
    /// </summary>
    [Range(1, 32, ErrorMessage = "must be a whole number from 1 to 32.")]
    public int WriterConnections { get; set; } = 2;

    /// <summary>The clock for the store's own bookkeeping (migration times).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
