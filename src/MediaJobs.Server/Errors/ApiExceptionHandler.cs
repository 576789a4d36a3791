using MediaJobs.Core.Errors;
using MediaJobs.Core.Storage;
using MediaJobs.Server.DiskSpace;
using Microsoft.AspNetCore.Diagnostics;

namespace MediaJobs.Server.Errors;

/// <summary>
/// Turns exceptions into problems: bad input into 4xx naming the field, a full disk into a 507, anything else
/// into a 500 that shows no internals (the log has them, under the correlation id). A failure while writing a
/// response (a JSON serialisation error included) is ours, never the client's "bad request". On a compat route
/// the same status and words go out in that surface's error shape.
/// </summary>
public sealed partial class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger, DiskFullMonitor storage) : IExceptionHandler
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
            BadHttpRequestException e => ProblemWriter.Create(e.StatusCode, "Bad request", "The request could not be read: " + e.Message),
            _ when StorageFull.Is(exception) => StorageFullProblem(exception),
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
        // The exception handler clears the route before calling us; the feature still knows it.
        var endpoint = httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        if (!await EndpointErrorShape.TryWriteAsync(httpContext, problem.Status!.Value, problem.Detail!, endpoint))
        {
            await ProblemWriter.WriteAsync(httpContext, problem);
        }
        return true;
    }

    private Microsoft.AspNetCore.Mvc.ProblemDetails StorageFullProblem(Exception exception)
    {
        storage.ReportFull(exception);
        LogStorageFull(logger, exception.Message);
        return ProblemWriter.Create(
            StatusCodes.Status507InsufficientStorage,
            "Insufficient Storage",
            "The server's storage is full, so nothing was stored; free disk space under the data directory and send the request again.");
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage is full: {Reason}")]
    private static partial void LogStorageFull(ILogger logger, string reason);
}
