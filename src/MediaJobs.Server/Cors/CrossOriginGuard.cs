using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Cors.Infrastructure;

namespace MediaJobs.Server.Cors;

/// <summary>
/// CORS only stops a page from reading answers; a "simple" cross-origin request (a form post, a body-less
/// <c>POST /api/queue/pause</c>) still reaches the server. So a state-changing request whose <c>Origin</c> is
/// neither this server itself nor allowed by the CORS policy is refused with a 403 in the surface's own error shape.
/// </summary>
internal sealed class CrossOriginGuard(RequestDelegate next, ICorsPolicyProvider provider)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)
            || HttpMethods.IsOptions(request.Method) || IsSameOrigin(request, origin)
            || (provider is MediaJobsCorsPolicyProvider ours && ours.Origins.IsAllowed(origin)))
        {
            return next(context);
        }
        return RefuseAsync(context, origin);
    }

    private static bool IsSameOrigin(HttpRequest request, string origin) =>
        string.Equals(origin.TrimEnd('/'), $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);

    private static async Task RefuseAsync(HttpContext context, string origin)
    {
        var detail = $"Origin '{origin}' may not call this server. Add it to MediaJobs:Cors:AllowedOrigins.";
        if (!await EndpointErrorShape.TryWriteAsync(context, StatusCodes.Status403Forbidden, detail))
        {
            await ProblemWriter.WriteAsync(context, ProblemWriter.Create(StatusCodes.Status403Forbidden, "Forbidden", detail));
        }
    }
}
