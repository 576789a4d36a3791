namespace MediaJobs.Server.OpenApi;

/// <summary>
/// Endpoint metadata: a response body the API explorer cannot describe — a file download or a
/// Server-Sent Events stream, possibly beside a JSON body for the same status.
/// <see cref="ResponseContentTransformer"/> adds it to the operation's response.
/// </summary>
public sealed record ResponseContentDoc(int StatusCode, string ContentType, string Description);
