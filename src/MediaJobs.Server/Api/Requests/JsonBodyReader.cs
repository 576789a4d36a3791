using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// Reads a JSON object body with a size cap: 413 when too large (Content-Length first, then while
/// streaming), 415 when not JSON, 400 when missing or malformed (the detail says where).
/// </summary>
internal static class JsonBodyReader
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    public static async Task<JsonObject> ReadObjectAsync(HttpContext context, CancellationToken ct)
    {
        var request = context.Request;
        var max = context.RequestServices.GetRequiredService<IOptions<HttpApiOptions>>().Value.MaxJsonBodyBytes;
        if (request.ContentLength > max)
        {
            throw TooLarge(max);
        }
        var hasBody = request.ContentLength > 0 || (request.ContentLength is null && request.Headers.ContainsKey(HeaderNames.TransferEncoding));
        if (!hasBody && string.IsNullOrEmpty(request.ContentType))
        {
            throw MissingBody();
        }
        if (!IsJson(request.ContentType))
        {
            throw new RequestProblemException(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported Media Type",
                $"The request body must be JSON (Content-Type: application/json), not '{request.ContentType}'.");
        }
        var body = await ReadCappedAsync(request.Body, max, ct);
        if (body.Length == 0)
        {
            throw MissingBody();
        }
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body.Span, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new RequestProblemException(
                StatusCodes.Status400BadRequest,
                "Malformed JSON",
                $"The request body is not valid JSON (at {ex.Path ?? "$"}, line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}).",
                ex.Path ?? "$");
        }
        return node as JsonObject
            ?? throw RequestProblemException.BadField("$", "The request body must be a JSON object.");
    }

    private static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge(max);
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return buffer.ToArray();
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var parsed)
        && (parsed.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || parsed.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static RequestProblemException MissingBody() =>
        RequestProblemException.BadField("$", "A JSON request body is required.");

    private static RequestProblemException TooLarge(long max) => new(
        StatusCodes.Status413PayloadTooLarge,
        "Payload Too Large",
        $"The request body is larger than the limit of {max} bytes (MediaJobs:Http:MaxJsonBodyBytes).");
}
