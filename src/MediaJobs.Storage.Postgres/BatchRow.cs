namespace MediaJobs.Storage.Postgres;

/// <summary>A <c>batches</c> row as Dapper reads it (timestamptz arrives as a UTC <see cref="DateTime"/>).</summary>
internal sealed record BatchRow(string Id, string Name, string? Owner, DateTime CreatedUtc);
