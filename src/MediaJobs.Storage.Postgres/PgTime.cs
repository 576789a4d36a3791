namespace MediaJobs.Storage.Postgres;

/// <summary>timestamptz holds microseconds in UTC; Npgsql writes only UTC <see cref="DateTimeOffset"/> values.</summary>
internal static class PgTime
{
    public static DateTimeOffset ToDb(DateTimeOffset value) => value.ToUniversalTime();

    public static object ToDb(DateTimeOffset? value) => value is { } v ? v.ToUniversalTime() : DBNull.Value;

    /// <summary>A timestamptz as Npgsql reads it untyped: a UTC <see cref="DateTime"/>.</summary>
    public static DateTimeOffset FromDb(object value) => new((DateTime)value, TimeSpan.Zero);
}
