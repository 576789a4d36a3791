namespace MediaJobs.Storage.Sqlite;

/// <summary>A <c>batches</c> row as Dapper reads it.</summary>
internal sealed record BatchRow(string Id, string Name, string? Owner, string CreatedUtc);
