namespace MediaJobs.Storage.Sqlite;

/// <summary>Where the SQLite store keeps its database and how it batches writes.</summary>
public sealed class SqliteStoreOptions
{
    /// <summary>Path of the database file (e.g. <c>data/mediajobs.db</c>); its folder is created if missing.</summary>
    public string DatabasePath { get; set; } = "mediajobs.db";

    /// <summary>How long a statement waits for a lock held by another connection.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most write operations the writer runs in one transaction (group commit).</summary>
    public int MaxBatchSize { get; set; } = 256;

    /// <summary>
    /// Rebuild the text index (FTS5 <c>jobs_fts</c>) from the jobs at start, even when its check finds it consistent
    /// (the check is cheap and partial; this is the full repair). Off by default.
    /// </summary>
    public bool RebuildSearchIndex { get; set; }

    /// <summary>The clock for the store's own bookkeeping (migration times).</summary>
    public TimeProvider Time { get; set; } = TimeProvider.System;
}
