namespace MediaJobs.Storage.Postgres;

/// <summary>Where the PostgreSQL store connects and how it hears other nodes.</summary>
public sealed class PostgresStoreOptions
{
    /// <summary>An Npgsql connection string (<c>ConnectionStrings:Postgres</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>LISTEN for other nodes' hints (new jobs, events, cancels, settings). Off: polling only.</summary>
    public bool Listen { get; set; } = true;

    /// <summary>The floor under the hints: how often the event head is read when nothing was heard.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most write operations the writer folds into one transaction (group commit).</summary>
    public int MaxWriteBatch { get; set; } = 256;

    /// <summary>
    /// Connections the writer takes turns on: while one waits for its reply (and its WAL flush), the next turn is
    /// already queued at the server behind the event-log lock.
    /// </summary>
    public int WriterConnections { get; set; } = 2;

    /// <summary>The clock for the store's own bookkeeping (migration times).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
