using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;

namespace MediaJobs.Server.Tests.Support;

/// <summary>Parses a text/event-stream body frame by frame until the server ends it.</summary>
public static class SseReader
{
    public static async IAsyncEnumerable<SseMessage> ReadAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        using var reader = new StreamReader(stream);
        long? id = null;
        string? type = null;
        string? data = null;
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            if (line.Length == 0)
            {
                if (type is not null || data is not null)
                {
                    yield return new SseMessage(id, type, data is null ? null : JsonNode.Parse(data)!.AsObject(), null);
                }
                (id, type, data) = (null, null, null);
            }
            else if (line.StartsWith(':'))
            {
                yield return new SseMessage(null, null, null, line[1..].Trim());
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = long.Parse(line[4..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line[6..];
            }
        }
    }
}
