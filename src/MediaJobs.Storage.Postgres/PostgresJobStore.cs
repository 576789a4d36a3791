using MediaJobs.Core.Events;
using MediaJobs.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

/// <summary>
/// The scale-out store: many nodes share one PostgreSQL database. Every write is one short
/// transaction on a pooled connection; claims use <c>FOR UPDATE SKIP LOCKED</c>; event ids are
/// assigned under a transaction-scoped advisory lock so readers never see them out of order; other
/// nodes hear changes through NOTIFY (hints only: a poll of the event head is the floor).
/// </summary>
public sealed partial class PostgresJobStore : IJobStore, IAsyncDisposable
{
    private readonly PostgresStoreOptions _options;
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _listenSource;
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
        _dataSource = NpgsqlDataSource.Create(options.ConnectionString);
        // Its own unpooled connection, named so an operator sees each node's listener in pg_stat_activity.
        _listenSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(options.ConnectionString)
        {
            ApplicationName = ListenerApplicationName,
            Pooling = false,
        }.ToString());
    }

    /// <summary>The <c>application_name</c> of every node's listen connection.</summary>
    public const string ListenerApplicationName = "mediajobs-listen";

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
            await _dataSource.DisposeAsync();
            await _listenSource.DisposeAsync();
        }
        finally
        {
            _initGate.Release();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_migrated)
        {
            throw new InvalidOperationException("Call InitializeAsync before using the store.");
        }
        return await _dataSource.OpenConnectionAsync(ct);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one READ COMMITTED transaction and commits it. Events the work
    /// appended are published on the feed after the commit.
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
        if (scope.Abandoned)
        {
            await tx.RollbackAsync(CancellationToken.None);
            return result;
        }
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
