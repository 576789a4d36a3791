using MediaJobs.Server.Api.Contracts;
using MediaJobs.Server.Auth;
using MediaJobs.Server.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Api;

/// <summary><c>POST /api/stream-tokens[?jobId=]</c>: a short-lived token for <c>EventSource</c>, which cannot send the key as a header.</summary>
internal static class StreamTokenEndpoints
{
    public static IEndpointRouteBuilder MapStreamTokenEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/stream-tokens", IssueAsync)
            .WithTags("Auth")
            .WithName("CreateStreamToken")
            .WithSummary("A short-lived signed token for the caller's key and one job (?jobId=) or the every-job stream, accepted as ?access_token= by the event streams and downloads only")
            .WithDescription("With ?jobId= the token opens only that job's GET /api/jobs/{id}/events (SSE), /output and /download-archive; without, only GET /api/jobs/stream. Used anywhere else it is a 403. It names the key's id, never the key, only reads, and stops working when its key is no longer configured; an open stream is not cut when it expires.")
            .WithParameters(ApiParameterDocs.StreamTokenJob)
            .ProducesUnauthorizedProblem()
            .Produces<StreamTokenResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static async Task<Results<Created<StreamTokenResponse>, Errors.ProblemResult>> IssueAsync(string? jobId, HttpContext http, CallerJobs jobs, StreamTokens tokens, CancellationToken ct)
    {
        var caller = http.GetCaller();
        if (jobId is not null && (jobId.Length is 0 or > 200 || await jobs.GetAsync(jobId, ct) is null))
        {
            return Errors.ProblemResult.JobNotFound(jobId);
        }
        var (token, expires) = tokens.Issue(caller, jobId);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Created((string?)null, new StreamTokenResponse(token, expires, caller.KeyId, caller.IsAdmin, jobId));
    }
}
