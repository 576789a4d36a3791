using System.Globalization;
using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Relational;
using MediaJobs.Storage.Relational.Writer;
using Microsoft.Data.Sqlite;

namespace MediaJobs.Storage.Sqlite;

/// <summary>
/// The embedded store. Writes go through one channel to one writer connection, which runs
/// whatever is queued in one <c>BEGIN IMMEDIATE</c> transaction (group commit), each operation in
/// its own SAVEPOINT so a failing one rolls back alone. Reads use separate pooled read-only
/// connections and never wait for the writer (WAL).
/// </summary>
public sealed partial class SqliteJobStore : RelationalJobStore, IJobStore, IStoreAdvice, IAsyncDisposable
{
    private readonly SqliteStoreOptions _options;
    private readonly string _writeConnectionString;
    private readonly string _readConnectionString;
    private readonly WriteQueue<WriteOp> _writes = new("SQLite", nameof(SqliteJobStore), singleReader: true);
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private WriterSession? _session;
    private readonly TaskCompletionSource _writerDone = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Thread? _writerThread;
    private bool _disposed;

    public SqliteJobStore(SqliteStoreOptions options, EventFeed feed)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.DatabasePath);
        _options = options;
        Feed = feed ?? throw new ArgumentNullException(nameof(feed));
        var path = Path.GetFullPath(options.DatabasePath);
        _writeConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
        _readConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds),
        }.ToString();
    }

    public EventFeed Feed { get; }

    public string HowToReadSetting(string key) =>
        $"sqlite3 {Path.GetFullPath(_options.DatabasePath)} \"SELECT value FROM settings WHERE key = '{key}'\"";

    public async Task InitializeAsync(CancellationToken ct)
    {
        await _initGate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is not null)
            {
                return;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(_options.DatabasePath));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
            var connection = new SqliteConnection(_writeConnectionString);
            try
            {
                await connection.OpenAsync(ct);
                await ExecutePragmasAsync(connection, _options.BusyTimeout, ct);
                await Migrator.ApplyAsync(connection, _options.Time.GetUtcNow(), ct);
                await CheckSearchIndexAsync(connection, ct);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            _session = new WriterSession(connection);
            var lastEventId = ReadLastEventId(_session);
            if (lastEventId > 0)
            {
                Feed.Publish(lastEventId);
            }
            _writerThread = new Thread(RunWriter) { IsBackground = true, Name = "MediaJobs SQLite writer" };
            _writerThread.Start();
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Volatile.Read(ref _disposed))
        {
            return;
        }
        await _initGate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            _writes.Close();
            if (_writerThread is not null)
            {
                // The writer drains everything already queued before it ends.
                await _writerDone.Task;
            }
            _writes.FailQueued(new ObjectDisposedException(nameof(SqliteJobStore)));
            if (_session is not null)
            {
                try
                {
                    // Fold the WAL back into the main file so a closed store is one file.
                    await using var checkpoint = _session.Connection.CreateCommand();
                    checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                    await checkpoint.ExecuteNonQueryAsync();
                }
                finally
                {
                    _session.Dispose();
                    _session = null;
                }
            }
            using var forPool = new SqliteConnection(_readConnectionString);
            SqliteConnection.ClearPool(forPool);
        }
        finally
        {
            _initGate.Release();
        }
    }

    private static async Task ExecutePragmasAsync(SqliteConnection connection, TimeSpan busyTimeout, CancellationToken ct)
    {
        using var cmd = connection.CreateCommand();
        var busyMs = (long)busyTimeout.TotalMilliseconds;
        // WAL: readers never block the writer and the writer never blocks readers.
        // synchronous=NORMAL: a commit does not fsync (the WAL checkpoint does); a power cut may lose
        // the last commits but never corrupts the file.
        // wal_autocheckpoint 8000 pages (~32 MB) and a 32 MB page cache: fewer checkpoints (each one
        // fsyncs) and fewer page reads; measured ~20% more jobs/s on 2 cores than the defaults.
        cmd.CommandText = string.Create(
            CultureInfo.InvariantCulture,
            $"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA busy_timeout = {busyMs};
            PRAGMA temp_store = MEMORY;
            PRAGMA wal_autocheckpoint = 8000;
            PRAGMA cache_size = -32768;
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
