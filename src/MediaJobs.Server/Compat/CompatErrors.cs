using MediaJobs.Core.Errors;
using MediaJobs.Server.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MediaJobs.Server.Compat;

/// <summary>
/// One surface's error shape, and the one place that surface turns every kind of failure into it: a plain error
/// (status and words), a field its own request reading refused, and a validation error from the engine.
/// </summary>
/// <typeparam name="TError">The surface's error body (its contract record).</typeparam>
internal abstract class CompatErrors<TError>
    where TError : class
{
    /// <summary>The surface's body for a status and message.</summary>
    protected abstract TError Body(int status, string message);

    public JsonHttpResult<TError> Error(int status, string message) => TypedResults.Json(Body(status, message), statusCode: status);

    /// <summary>A field the surface's own reading refused; its name and message are already in the surface's words.</summary>
    public virtual JsonHttpResult<TError> Refused(RequestProblemException problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Error(problem.Status, problem.Message);
    }

    /// <summary>
    /// The engine refused the submission. An input field is named relative to the job input
    /// (<see cref="JobValidationException.IsInputField"/>); a surface that shows fields adds its own prefix
    /// (<see cref="JobValidationException.WithInputPrefix"/>). By default a surface whose body is not the job's input
    /// names them as the native API does (<c>inputs.</c>), as it always did.
    /// </summary>
    public virtual JsonHttpResult<TError> Invalid(JobValidationException invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        return Error(StatusCodes.Status400BadRequest, invalid.WithInputPrefix("inputs.").Message);
    }

    /// <summary>
    /// Runs a submission (read, then submitted, by the caller's handler); one the engine refuses becomes
    /// <see cref="Invalid"/>, after <paramref name="refused"/> undoes what the request already stored (a fetched file).
    /// </summary>
    public async Task<(T Value, JsonHttpResult<TError>? Error)> SubmitAsync<T>(Func<Task<T>> submit, Action? refused = null)
    {
        ArgumentNullException.ThrowIfNull(submit);
        try
        {
            return (await submit(), null);
        }
        catch (JobValidationException ex)
        {
            refused?.Invoke();
            return (default!, Invalid(ex));
        }
    }
}
