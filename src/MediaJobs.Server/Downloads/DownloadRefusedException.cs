namespace MediaJobs.Server.Downloads;

/// <summary>A URL that was not fetched, or whose answer was not kept: the HTTP status to answer with and why.</summary>
public sealed class DownloadRefusedException(int statusCode, string message) : Exception(message)
{
    public int StatusCode { get; } = statusCode;
}
