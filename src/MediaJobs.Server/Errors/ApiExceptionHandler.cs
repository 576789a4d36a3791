using System.Text.Json;
using MediaJobs.Core.Errors;
using Microsoft.AspNetCore.Diagnostics;

namespace MediaJobs.Server.Errors;

/// <summary>
/// Turns exceptions into problems: bad input into 4xx naming the field, anything else into a
/// 500 that shows no internals (the log has them, under the correlation id). On a compat route the
/// same status and words go out in that surface's error shape.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (httpContext.RequestAborted.IsCancellationRequested)
        {
            return true;
        }
        var problem = exception switch
        {
            RequestProblemException e => ProblemWriter.Create(e.Status, e.Title, e.Message, e.Field),
            JobValidationException e => ProblemWriter.Create(StatusCodes.Status400BadRequest, "Invalid request", e.Message, e.Field),
            BadHttpRequestException e => ProblemWriter.Create(e.StatusCode, "Bad request", "The request could not be read."),
            JsonException => ProblemWriter.Create(StatusCodes.Status400BadRequest, "Malformed JSON", "The request body is not valid JSON."),
            _ => null,
        };
        if (problem is null)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, Compat.ClientPath.Get(httpContext));
            problem = ProblemWriter.Create(
                StatusCodes.Status500InternalServerError,
                "Internal Server Error",
                "An unexpected error occurred. Quote the correlationId when reporting it.");
        }
        ProblemWriter.Enrich(httpContext, problem);
        if (!await Compat.CompatErrorShape.TryWriteAsync(httpContext, problem.Status!.Value, problem.Detail!))
        {
            await ProblemWriter.WriteAsync(httpContext, problem);
        }
        return true;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
