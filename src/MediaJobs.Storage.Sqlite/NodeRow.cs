namespace MediaJobs.Storage.Sqlite;

/// <summary>A <c>nodes</c> row as Dapper reads it.</summary>
internal sealed record NodeRow(string Name, string Host, long ProcessId, string Version, string WorkerId, string StartedUtc, string HeartbeatUtc, string JobTypes, string Capabilities);
