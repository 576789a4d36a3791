using Dapper;
using MediaJobs.Core.Nodes;
using MediaJobs.Storage.Relational;

namespace MediaJobs.Storage.Sqlite;

// Node registration and heartbeats (a single-node install lists itself).
public sealed partial class SqliteJobStore
{
    private const string UpsertNodeSql =
        "INSERT INTO nodes (name, host, process_id, version, worker_id, started_utc, heartbeat_utc, job_types, capabilities) " +
        "VALUES (@name, @host, @pid, @version, @worker, @started, @beat, @types, @caps) ON CONFLICT (name) DO UPDATE SET " +
        "host = excluded.host, process_id = excluded.process_id, version = excluded.version, worker_id = excluded.worker_id, started_utc = excluded.started_utc, " +
        "heartbeat_utc = excluded.heartbeat_utc, job_types = excluded.job_types, capabilities = excluded.capabilities";

    public Task UpsertNodeAsync(NodeInfo node, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(node);
        object[] values =
        [
            node.Name, node.Host, node.ProcessId, node.Version, node.WorkerId, SqliteTime.ToDb(node.StartedUtc), SqliteTime.ToDb(node.HeartbeatUtc),
            StoredJobJson.Serialize(node.JobTypes), StoredJobJson.Serialize(node.Capabilities),
        ];
        return Submit(s =>
        {
            var cmd = s.Command(UpsertNodeSql);
            string[] names = ["@name", "@host", "@pid", "@version", "@worker", "@started", "@beat", "@types", "@caps"];
            for (var i = 0; i < names.Length; i++)
            {
                cmd.Parameters.AddWithValue(names[i], values[i]);
            }
            return cmd.ExecuteNonQuery();
        }, ct);
    }

    public async Task<IReadOnlyList<NodeInfo>> ListNodesAsync(CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct);
        var rows = await connection.QueryAsync<NodeRow>(
            new CommandDefinition(
                "SELECT name AS Name, host AS Host, process_id AS ProcessId, version AS Version, worker_id AS WorkerId, started_utc AS StartedUtc, " +
                "heartbeat_utc AS HeartbeatUtc, job_types AS JobTypes, capabilities AS Capabilities FROM nodes ORDER BY name",
                cancellationToken: ct));
        return [.. rows.Select(r => new NodeInfo(
            r.Name, r.Host, (int)r.ProcessId, r.Version, r.WorkerId, SqliteTime.FromDb(r.StartedUtc), SqliteTime.FromDb(r.HeartbeatUtc),
            StoredJobJson.Deserialize<Dictionary<string, int>>(r.JobTypes), StoredJobJson.Deserialize<List<string>>(r.Capabilities)))];
    }
}
