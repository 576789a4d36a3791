using MediaJobs.Server.Errors;

namespace MediaJobs.Server.Auth;

/// <summary>Node-wide controls (queue pause/resume, session stats reset) need an admin key.</summary>
public static class AdminOnly
{
    /// <summary>A 403 problem for a key that is not admin, else null.</summary>
    public static IResult? Check(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.GetCaller().IsAdmin
            ? null
            : new ProblemResult(ProblemWriter.Create(StatusCodes.Status403Forbidden, "Forbidden", "This control affects every job on the server; it needs an admin API key."));
    }
}
