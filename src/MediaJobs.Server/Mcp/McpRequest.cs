using System.Text.Json;
using MediaJobs.Server.Auth;
using MediaJobs.Server.Errors;
using MediaJobs.Server.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using ModelContextProtocol;

namespace MediaJobs.Server.Mcp;

/// <summary>
/// What a tool call knows of its HTTP request (the MCP endpoint runs every call inside one): the
/// caller the API key middleware authenticated, the base URL for download links, and the API's JSON.
/// </summary>
public sealed class McpRequest(IHttpContextAccessor accessor, IOptions<JsonOptions> json, PublicBaseUrl publicBase)
{
    public HttpContext Http => accessor.HttpContext
        ?? throw new InvalidOperationException("MCP tools run inside the HTTP request of /mcp.");

    public ApiCaller Caller => Http.GetCaller();

    /// <summary>The configured public address (or the bound loopback one), never the request's <c>Host</c>.</summary>
    public string BaseUrl => publicBase.Value;

    /// <summary>The API's own JSON for a response object (camelCase, enums as strings).</summary>
    public string Serialize<T>(T value) => JsonSerializer.Serialize(value, json.Value.SerializerOptions);

    /// <summary>Runs an API call; a bad-input problem becomes a tool error with the API's very words.</summary>
    public static async Task<T> AsToolErrorsAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (RequestProblemException ex)
        {
            throw new McpException(ex.Field is null ? ex.Message : $"{ex.Field}: {ex.Message}");
        }
    }
}
