using MediaJobs.Core.Nodes;
using MediaJobs.Storage.Postgres.Writer;
using MediaJobs.Storage.Relational;
using Npgsql;

namespace MediaJobs.Storage.Postgres;

// Node registration and heartbeats.
public sealed partial class PostgresJobStore
{
    private const string UpsertNodeSql =
        "INSERT INTO nodes (name, host, version, worker_id, started_utc, heartbeat_utc, job_types, capabilities, process_id) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (name) DO UPDATE SET host = excluded.host, process_id = excluded.process_id, " +
        "version = excluded.version, worker_id = excluded.worker_id, started_utc = excluded.started_utc, " +
        "heartbeat_utc = excluded.heartbeat_utc, job_types = excluded.job_types, capabilities = excluded.capabilities";

    public Task UpsertNodeAsync(NodeInfo node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        return WriteAsync(new StatementWrite([new PgStatement(UpsertNodeSql,
        [
            PgJobRows.Text(node.Name), PgJobRows.Text(node.Host), PgJobRows.Text(node.Version), PgJobRows.Text(node.WorkerId),
            PgJobRows.Time(node.StartedUtc), PgJobRows.Time(node.HeartbeatUtc),
            PgJobRows.Text(StoredJobJson.Serialize(node.JobTypes)), PgJobRows.Text(StoredJobJson.Serialize(node.Capabilities)), PgJobRows.Int(node.ProcessId),
        ])], ct));
    }

    public async Task<IReadOnlyList<NodeInfo>> ListNodesAsync(CancellationToken ct)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = new NpgsqlCommand(
            "SELECT name, host, version, worker_id, started_utc, heartbeat_utc, job_types, capabilities, process_id FROM nodes ORDER BY name", connection);
        var nodes = new List<NodeInfo>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            nodes.Add(ReadNode(r));
        }
        return nodes;
    }

    private static NodeInfo ReadNode(NpgsqlDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(8), r.GetString(2), r.GetString(3),
        r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5),
        StoredJobJson.Deserialize<Dictionary<string, int>>(r.GetString(6)),
        StoredJobJson.Deserialize<List<string>>(r.GetString(7)));
}
