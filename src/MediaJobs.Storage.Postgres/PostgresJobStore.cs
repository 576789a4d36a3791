using System.Data;
using System.Data.Common;
using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using MediaJobs.Storage.Postgres.Writer;
using MediaJobs.Storage.Relational;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// The scale-out store: many nodes share one PostgreSQL database. The frequent writes (enqueues, commits,
/// renewals, cancels, settings) go through one writer per store that folds them into one transaction per
/// turn (group commit, <see cref="PgWriter"/>); claims use <c>FOR UPDATE SKIP LOCKED</c> on pooled
/// connections; event ids are assigned under a transaction-scoped advisory lock so readers never see them
/// out of order; other nodes hear changes through NOTIFY (hints only: a poll of the event head is the floor).
/// </summary>
public sealed partial class PostgresJobStore : RelationalJobStore, IJobStore, IAsyncDisposable
{
    private readonly PostgresStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _listenSource;
    private readonly NpgsqlDataSource _writerSource;
    private readonly PgWriter _writer;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    private readonly ILogger _logger;
    private PostgresListener? _listener;
    private bool _initialized;
    private volatile bool _migrated;
    private bool _disposed;

    public PostgresJobStore(PostgresStoreOptions options, EventFeed feed, StoreSignals? signals = null, ILogger<PostgresJobStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ConnectionString);
        _options = options;
        Feed = feed ?? throw new ArgumentNullException(nameof(feed));
        Signals = signals ?? new StoreSignals();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        // Auto-prepare: the claim and the writer's statements are parsed and planned once per connection.
        var pooled = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        pooled.MaxAutoPrepare = Math.Max(pooled.MaxAutoPrepare, 32);
        // Reads and the rare own transactions leave no session state (advisory locks are transaction-scoped, LISTEN has
        // its own source): without this, every return to the pool costs seven reset statements on the server.
        pooled.NoResetOnClose = true;
        _dataSource = NpgsqlDataSource.Create(pooled.ToString());
        _writerSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            ApplicationName = WriterApplicationName,
            MaxAutoPrepare = 32,
            AutoPrepareMinUsages = 2,
        }.ToString());
        _writer = new PgWriter(_writerSource, feed, Math.Max(1, options.MaxWriteBatch), Math.Max(1, options.WriterConnections));
        // Its own unpooled connection, named so an operator sees each node's listener in pg_stat_activity.
        _listenSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            ApplicationName = ListenerApplicationName,
            Pooling = false,
        }.ToString());
    }

    /// <summary>The <c>application_name</c> of every node's listen connection.</summary>
    public const string ListenerApplicationName = "mediajobs-listen";

    /// <summary>The <c>application_name</c> of every node's writer connection.</summary>
    public const string WriterApplicationName = "mediajobs-writer";

    /// <summary>The group-commit writer (tests look at its counters and hold it).</summary>
    internal PgWriter Writer => _writer;

    public EventFeed Feed { get; }

    /// <summary>Hints heard from other nodes (and from this one's own writes).</summary>
    public StoreSignals Signals { get; }

    public async Task InitializeAsync(CancellationToken ct)
    {
        await _initGate.WaitAsync(ct);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_initialized)
            {
                return;
            }
            await using (var connection = await _dataSource.OpenConnectionAsync(ct))
            {
                await PgMigrator.ApplyAsync(connection, _options.Time.GetUtcNow(), ct);
            }
            _migrated = true;
            var head = await GetLastEventIdAsync(ct);
            if (head > 0)
            {
                Feed.Publish(head);
            }
            _writer.Start();
            _listener = new PostgresListener(_listenSource, this, _options, _logger);
            _listener.Start();
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _initGate.WaitAsync();
        try
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            if (_listener is not null)
            {
                await _listener.DisposeAsync();
            }
            await _writer.DisposeAsync();
            await _writerSource.DisposeAsync();
            await _dataSource.DisposeAsync();
            await _listenSource.DisposeAsync();
        }
        finally
        {
            _initGate.Release();
        }
    }

    protected override async Task<DbConnection> OpenReadConnectionAsync(CancellationToken ct) => await OpenAsync(ct);

    protected override async Task<DbTransaction> BeginSnapshotAsync(DbConnection connection, CancellationToken ct) =>
        await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);

    // timestamptz comes back as a UTC DateTime.
    protected override DateTimeOffset TimeFromDb(object value) => PgTime.FromDb(value);

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_migrated)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        return await _dataSource.OpenConnectionAsync(ct);
    }

    /// <summary>Queues a write for the group-commit writer; completes once its transaction has committed.</summary>
    private Task<T> WriteAsync<T>(PgWriteOp<T> op)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_migrated)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        return _writer.Submit(op);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one READ COMMITTED transaction of its own and commits it: the rare writes
    /// that read before they decide (deletes, the webhook outbox). Events the work appended are published on the
    /// feed after the commit.
    /// </summary>
    private async Task<T> InTransactionAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken ct)
    {
        try
        {
            return await RunTransactionAsync(work, ct);
        }
        catch (PostgresException error) when (PgErrors.IsTranslated(error))
        {
            throw PgErrors.Translate(error);
        }
    }

    private async Task<T> RunTransactionAsync<T>(Func<WriteScope, Task<T>> work, CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        var scope = new WriteScope(connection, tx);
        var result = await work(scope);
        if (!scope.Committed)
        {
            // Never abandoned half-way: a commit sent is a commit to report.
            await tx.CommitAsync(CancellationToken.None);
        }
        if (scope.LastEventId > 0)
        {
            Feed.Publish(scope.LastEventId);
        }
        return result;
    }

    private static NpgsqlCommand Command(WriteScope scope, string sql, params NpgsqlParameter[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, scope.Connection, scope.Transaction);
        cmd.Parameters.AddRange(parameters);
        return cmd;
    }
}
