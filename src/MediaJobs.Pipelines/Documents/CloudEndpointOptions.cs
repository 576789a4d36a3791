namespace MediaJobs.Pipelines.Documents;

/// <summary>An HTTP provider: where it is, its key and its model.</summary>
public sealed class CloudEndpointOptions
{
    public string? BaseUrl { get; set; }

    public string? ApiKey { get; set; }

    public string? Model { get; set; }

    /// <summary>The configured key, else the environment variable's value, else null.</summary>
    public string? ResolveKey(string environmentVariable) =>
        !string.IsNullOrWhiteSpace(ApiKey) ? ApiKey
        : Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } fromEnv ? fromEnv
        : null;

    /// <summary><paramref name="path"/> appended to <see cref="BaseUrl"/> (with exactly one slash between).</summary>
    public Uri Endpoint(string path) =>
        new((BaseUrl ?? throw new InvalidOperationException("No BaseUrl configured.")).TrimEnd('/') + "/" + path.TrimStart('/'));
}
