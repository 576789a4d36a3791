using Microsoft.AspNetCore.Mvc;

namespace MediaJobs.Server.Errors;

/// <summary>An endpoint result that writes a problem through <see cref="ProblemWriter"/>.</summary>
public sealed class ProblemResult(ProblemDetails problem) : IResult, IStatusCodeHttpResult
{
    public ProblemDetails Problem { get; } = problem;

    public int? StatusCode => Problem.Status;

    public Task ExecuteAsync(HttpContext httpContext) => ProblemWriter.WriteAsync(httpContext, Problem);

    public static ProblemResult NotFound(string detail) => new(ProblemWriter.Create(StatusCodes.Status404NotFound, "Not Found", detail));

    public static ProblemResult Conflict(string detail) => new(ProblemWriter.Create(StatusCodes.Status409Conflict, "Conflict", detail));

    public static ProblemResult JobNotFound(string id) => NotFound(Api.JobControlMessages.NotFound(id));
}
