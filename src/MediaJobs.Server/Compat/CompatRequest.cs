using System.Text.Json.Nodes;
using MediaJobs.Server.Api.Requests;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat;

/// <summary>
/// The one way a surface reads a JSON request: the body with the server's size limit (413), content type (415) and
/// syntax checks (400), then the surface's contract record; every refusal in the surface's error shape.
/// </summary>
internal static class CompatRequest
{
    public static async Task<(TRequest? Request, JsonHttpResult<TError>? Error)> ReadAsync<TRequest, TError>(HttpContext http, CompatErrors<TError> errors)
        where TRequest : class, ICompatRequest<TRequest>
        where TError : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        var (body, error) = await ReadObjectAsync(http, errors);
        if (body is null)
        {
            return (null, error);
        }
        try
        {
            return (TRequest.Read(body), null);
        }
        catch (RequestProblemException problem)
        {
            return (null, errors.Refused(problem));
        }
    }

    /// <summary>The body as a JSON object (for a surface whose body is a free-form map, such as a settings update).</summary>
    public static async Task<(JsonObject? Body, JsonHttpResult<TError>? Error)> ReadObjectAsync<TError>(HttpContext http, CompatErrors<TError> errors)
        where TError : class
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            return (await JsonBodyReader.ReadObjectAsync(http, http.RequestAborted), null);
        }
        catch (RequestProblemException ex)
        {
            // Reading errors keep the native problem's status and words, without a field.
            return (null, errors.Error(ex.Status, ex.Message));
        }
    }
}
