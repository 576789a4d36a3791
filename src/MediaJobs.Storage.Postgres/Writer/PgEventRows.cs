using MediaJobs.Core.Events;
using MediaJobs.Storage.Relational;
using Npgsql;
using NpgsqlTypes;

namespace MediaJobs.Storage.Postgres.Writer;

/// <summary>Events as the column arrays one <c>unnest</c> insert takes, serialized once by the caller (off the writer).</summary>
internal sealed class PgEventRows(IReadOnlyList<NewJobEvent> events)
{
    private readonly string[] _jobIds = [.. events.Select(e => e.JobId)];
    private readonly string[] _types = [.. events.Select(e => e.Type)];
    private readonly string[] _levels = [.. events.Select(e => e.Level.ToString())];
    private readonly string[] _messages = [.. events.Select(e => e.Message)];
    private readonly string[] _payloads = [.. events.Select(e => StoredJobJson.Serialize(e.Payload))];
    private readonly DateTimeOffset[] _times = [.. events.Select(e => PgTime.ToDb(e.TimestampUtc))];

    public int Count => _jobIds.Length;

    public IReadOnlyList<string> JobIds => _jobIds;
    public IReadOnlyList<string> Types => _types;
    public IReadOnlyList<string> Levels => _levels;
    public IReadOnlyList<string> Messages => _messages;
    public IReadOnlyList<string> Payloads => _payloads;
    public IReadOnlyList<DateTimeOffset> Times => _times;

    /// <summary>Fresh parameters (a parameter belongs to one command), in the order of <see cref="Unnest"/>'s placeholders.</summary>
    public IEnumerable<NpgsqlParameter> Parameters() =>
    [
        TextArray(_jobIds), TextArray(_types), TextArray(_levels), TextArray(_messages), TextArray(_payloads),
        new() { Value = _times, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
    ];

    /// <summary>
    /// The rows to insert, numbered in the events' order, starting at parameter <paramref name="first"/>. The caller orders
    /// by <c>ord</c> so nextval runs in the events' order.
    /// </summary>
    public static string Unnest(int first) =>
        $"unnest(${first}::text[], ${first + 1}::text[], ${first + 2}::text[], ${first + 3}::text[], ${first + 4}::text[], " +
        $"${first + 5}::timestamptz[]) WITH ORDINALITY AS v(job_id, type, level, message, payload, ts, ord)";

    private static NpgsqlParameter TextArray(string[] values) =>
        new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text };
}
