namespace MediaJobs.Pipelines.Video.Providers;

/// <summary><c>MediaJobs:Providers:Pexels</c>: stock video search.</summary>
public sealed class PexelsOptions
{
    public string BaseUrl { get; set; } = "https://api.pexels.com";
    public string? ApiKey { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ApiKey);
}
