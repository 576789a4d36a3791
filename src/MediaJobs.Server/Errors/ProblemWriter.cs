using System.Diagnostics;
using MediaJobs.Server.Correlation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MediaJobs.Server.Errors;

/// <summary>
/// Writes RFC 9457 problem details with <c>correlationId</c> and <c>traceId</c>, whatever the
/// request's Accept header says (the framework's writer declines some Accept values).
/// </summary>
public static class ProblemWriter
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(int status, string title, string detail, string? field = null)
    {
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        if (field is not null)
        {
            problem.Extensions["field"] = field;
        }
        return problem;
    }

    /// <summary>Fills what a problem may lack: type, title, detail, instance, correlation and trace ids.</summary>
    public static void Enrich(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        var status = problem.Status ?? context.Response.StatusCode;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= "about:blank";
        problem.Detail = HideDataDirectory(context, problem.Detail ?? DefaultDetail(context, status));
        problem.Instance ??= Compat.ClientPath.Get(context).Value;
        problem.Extensions["correlationId"] = CorrelationId.Get(context);
        problem.Extensions["traceId"] = Activity.Current?.Id ?? context.TraceIdentifier;
    }

    public static async Task WriteAsync(HttpContext context, ProblemDetails problem)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(problem);
        Enrich(context, problem);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        await context.Response.WriteAsJsonAsync(problem, json, ContentType, context.RequestAborted);
    }

    /// <summary>
    /// A last guard: a system message (an <see cref="IOException"/>'s) can carry an absolute path under the data folder,
    /// which tells a caller how the server is laid out. It is shown as <c>&lt;data&gt;</c>; the log keeps the real one.
    /// </summary>
    private static string HideDataDirectory(HttpContext context, string detail)
    {
        var data = context.RequestServices?.GetService<MediaJobs.Core.Jobs.DataLayout>()?.DataDirectory;
        return string.IsNullOrEmpty(data) ? detail : detail.Replace(data.TrimEnd(Path.DirectorySeparatorChar), "<data>", StringComparison.Ordinal);
    }

    private static string DefaultDetail(HttpContext context, int status) => status switch
    {
        StatusCodes.Status404NotFound => $"Nothing is found at {context.Request.Method} {Compat.ClientPath.Get(context)}.",
        StatusCodes.Status405MethodNotAllowed => $"Method {context.Request.Method} is not allowed on {Compat.ClientPath.Get(context)}.",
        StatusCodes.Status415UnsupportedMediaType => $"The request body must be JSON (Content-Type: application/json), not '{context.Request.ContentType}'.",
        StatusCodes.Status416RangeNotSatisfiable => $"The requested range ({context.Request.Headers.Range}) lies outside the file; Content-Range gives its size.",
        _ => ReasonPhrases.GetReasonPhrase(status),
    };
}
