using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/stream-tokens</c>: a short-lived token for <c>EventSource</c>, which cannot send the key as a header.</summary>
public static class StreamTokenEndpoints
{
    public static IEndpointRouteBuilder MapStreamTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/stream-tokens", Issue)
            .WithTags("Auth")
            .WithName("CreateStreamToken")
            .WithSummary("A short-lived signed token for the caller's key, accepted as ?access_token= by the event streams and downloads only")
            .WithDescription("GET /api/jobs/stream and GET /api/jobs/{id}/events (SSE) and the downloads GET /api/jobs/{id}/output and /download-archive accept it instead of a key header. It names the key's id, never the key, and only reads; an open stream is not cut when it expires.")
            .ProducesUnauthorizedProblem()
            .Produces<StreamTokenResponse>(StatusCodes.Status201Created);
        return app;
    }

    private static IResult Issue(HttpContext http, StreamTokens tokens)
    {
        var caller = http.GetCaller();
        var (token, expires) = tokens.Issue(caller);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new StreamTokenResponse(token, expires, caller.KeyId, caller.IsAdmin));
    }
}
