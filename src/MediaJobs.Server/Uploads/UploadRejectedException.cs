namespace MediaJobs.Server.Uploads;

/// <summary>An upload refused for what it is (too large, empty, not an accepted kind): the HTTP status to answer with.</summary>
public sealed class UploadRejectedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
