using System.Text.Json;
using System.Text.Json.Nodes;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace MediaJobs.Server.Api.Requests;

/// <summary>
/// Reads a JSON object body with a size cap: 413 when too large (Content-Length first, then while
/// streaming), 415 when not JSON, 400 when missing, unreadable or malformed, or hostile but parseable
/// (<see cref="JsonBodyValidator"/>); the detail says where.
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
        JsonBodyValidator.Validate(body.Span, DocumentOptions.MaxDepth);
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(body.Span, documentOptions: DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw JsonBodyValidator.Malformed(ex);
        }
        return node as JsonObject
            ?? throw RequestProblemException.BadField("$", "The request body must be a JSON object.");
    }

    private static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Stream body, long max, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await ReadChunkAsync(body, chunk, ct)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw TooLarge(max);
            }
            await buffer.WriteAsync(chunk.AsMemory(0, read), ct);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// A body the server cannot decode (a chunk size that overflows, a broken chunked framing) is the client's error:
    /// Kestrel reports some of these as a plain IOException. A client that went away is not answered at all.
    /// </summary>
    private static async Task<int> ReadChunkAsync(Stream body, byte[] chunk, CancellationToken ct)
    {
        try
        {
            return await body.ReadAsync(chunk, ct);
        }
        catch (BadHttpRequestException ex)
        {
            throw new RequestProblemException(ex.StatusCode, ReasonPhrases.GetReasonPhrase(ex.StatusCode), $"The request body could not be read: {ex.Message}");
        }
        catch (IOException ex) when (!ct.IsCancellationRequested)
        {
            throw new RequestProblemException(StatusCodes.Status400BadRequest, "Bad request", $"The request body could not be read: {ex.Message}");
        }
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
