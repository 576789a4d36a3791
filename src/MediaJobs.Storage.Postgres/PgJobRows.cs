using MediaJobs.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres;

/// <summary>PostgreSQL's side of a row of <c>jobs</c> (<see cref="JobTable"/>): how its values read back, and typed parameters.</summary>
internal static class PgJobRows
{
    /// <summary>How Npgsql hands back what the stores keep differently: times as <see cref="DateTime"/> (UTC), lists as text[].</summary>
    public static readonly JobRowDialect Dialect = new(PgTime.FromDb, value => (string[])value);

    public static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    public static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { Value = PgTime.ToDb(value), NpgsqlDbType = NpgsqlDbType.TimestampTz };

    public static NpgsqlParameter Long(long value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Bigint };

    public static NpgsqlParameter Int(int value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Integer };

    public static NpgsqlParameter Bool(bool value) => new() { Value = value, NpgsqlDbType = NpgsqlDbType.Boolean };

    public static NpgsqlParameter TextArray(IReadOnlyCollection<string>? values) =>
        new() { Value = (object?)values?.ToArray() ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
