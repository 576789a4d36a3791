namespace MediaJobs.Server.Errors;

/// <summary>Bad input found while reading a request (body, query, headers): becomes a problem response with this status.</summary>
public sealed class RequestProblemException(int status, string title, string detail, string? field = null)
    : Exception(detail)
{
    public int Status { get; } = status;
    public string Title { get; } = title;
    public string? Field { get; } = field;

    public static RequestProblemException BadField(string field, string detail) =>
        new(StatusCodes.Status400BadRequest, "Invalid request", detail, field);
}
